#pragma once

#include "belvolink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace relink {

class CliContext;

// Before update and handoff: the pre-flight, once (CheckCommand::run). Its notes are said on
// stderr. What asks to confirm is asked on a terminal (y/N, default no); without one, with
// --no-input, or on "no", the run stops with exit 9 and nothing is sent for the link (the
// findings printed, as check's JSON with --json). --force goes ahead; the flow then records the
// override with the attempt.
class PreflightGate
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    enum class Action { Update, Handoff };

    // `terminal`: where to ask, when it is a terminal; null: nowhere. Returns nullopt to go
    // ahead, with *confirmed the kinds of the findings the agent confirmed and *checked the link
    // as the pre-flight read it (when it could); else the exit code. A hand-off of a link that
    // is valid already asks nothing: the flow says there is nothing for the customer to do.
    static std::optional<int> pass(CliContext &context, const QString &linkId, Action action,
                                   std::FILE *terminal, QStringList *confirmed,
                                   std::optional<Link> *checked = nullptr);

    // "y", "yes" (and the translation's own words): a yes; anything else is no.
    static bool isYes(const QString &answer);
};

} // namespace relink
