#pragma once

#include "result.h"
#include "resultcontext.h"
#include "ticketsummary.h"
#include "updateflow.h"

#include <QColor>
#include <QWidget>

#include <functional>
#include <memory>

class QStatusBar;

namespace Ui {
class ResultPanel;
}

namespace relink {

// The outcome of the last operation: the link (status badge and its meaning, details, raw
// JSON) or what went wrong (each error explained, with a copyable request id). A headline with
// an icon for its kind (a failure looks like one), the link it is about, the HTTP status, and
// Copy for ticket (ticketsummary.h).
class ResultPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Severity { Info, Success, Warning, Error };

    explicit ResultPanel(QWidget *parent = nullptr);
    ~ResultPanel() override;

    void setContextProvider(std::function<ResultContext()> provider)
    {
        m_context = std::move(provider);
    }
    // The link the result shown is about (empty: none shown).
    QString aboutLinkId() const { return m_aboutLinkId; }
    // Another link id was entered: a result about another link goes (returns whether it went).
    bool clearIfAboutAnotherLink(const QString &linkId);
    // The summary Copy for ticket copies (ticketSummaryText), as of the result shown.
    TicketSummary ticketSummary() const { return m_summary; }

    void clear();
    void showBusy(const QString &what);
    // Severity by default: a failure (Warning when cancelled), else Info.
    void showResult(const Result &result, const QString &headline);
    void showResult(const Result &result, const QString &headline, Severity severity);
    // How an update ended, with the headline for its kind. mfaAsked: the bank's MFA dialog was
    // shown (a cancel then reads "MFA cancelled").
    void showOutcome(const UpdateOutcome &outcome, bool mfaAsked);
    // The focus on the headline (named with its text): what a screen reader reads next.
    void focusHeadline();

signals:
    void openSettingsRequested();

private:
    // The headline, announced (accessibility.h).
    void setHeadline(const QString &text, Severity severity);
    void showSubject(const Result &result, const QString &headline);
    void showLink(const Link &link);
    void showErrors(const Result &result);
    void clearErrors();
    void setRawJson(std::function<QByteArray()> json);
    void showRawJson(bool on);

    std::unique_ptr<Ui::ResultPanel> m_ui;
    std::function<QByteArray()> m_rawJson; // rendered only when asked for: answers can be MiBs
    std::function<ResultContext()> m_context;
    QString m_aboutLinkId;
    TicketSummary m_summary;
    Link m_lastLink; // the last link read: its status and external id for a later failure
};

// Another link id was entered: the panel's result about another link (if the panel exists) and
// a status-bar message naming another link ("Link … opened") go.
void leaveOtherLinks(ResultPanel *panel, QStatusBar *statusBar, const QString &linkId);

// The colour of a link status badge, and its style sheet with the word in readable text on it
// (readableTextOn: white on these colours), shared with the main window's link summary and the
// links window.
QColor statusBadgeColour(const QString &status);
QString statusBadgeStyle(const QString &status);

} // namespace relink
