#pragma once

#include "result.h"
#include "updateflow.h"

#include <QColor>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ResultPanel;
}

namespace relink {

// The outcome of the last operation: the link (status badge and its meaning, details, raw
// JSON) or what went wrong (each error explained, with a copyable request id).
class ResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPanel(QWidget *parent = nullptr);
    ~ResultPanel() override;

    void clear();
    void showBusy(const QString &what);
    void showResult(const Result &result, const QString &headline);
    // How an update ended, with the headline for its kind. mfaAsked: the bank's MFA dialog was
    // shown (a cancel then reads "MFA cancelled").
    void showOutcome(const UpdateOutcome &outcome, bool mfaAsked);
    // The focus on the headline (named with its text): what a screen reader reads next.
    void focusHeadline();

signals:
    void openSettingsRequested();

private:
    // The headline, announced (accessibility.h).
    void setHeadline(const QString &text);
    void showLink(const Link &link);
    void showErrors(const Result &result);
    void clearErrors();
    void setRawJson(std::function<QByteArray()> json);
    void showRawJson(bool on);

    std::unique_ptr<Ui::ResultPanel> m_ui;
    std::function<QByteArray()> m_rawJson; // rendered only when asked for: answers can be MiBs
};

// The colour of a link status badge, and its style sheet with the word in readable text on it
// (readableTextOn: white on these colours), shared with the main window's link summary and the
// links window.
QColor statusBadgeColour(const QString &status);
QString statusBadgeStyle(const QString &status);

} // namespace relink
