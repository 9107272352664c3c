#include "resultpanel.h"

#include "accessibility.h"
#include "agent.h"
#include "copyconfirmation.h"
#include "displaytime.h"
#include "mnemonics.h"
#include "ui_resultpanel.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace relink {

QColor statusBadgeColour(const QString &status)
{
    if (status == QLatin1StringView("valid"))
        return QColor(0x1b, 0x7f, 0x3b);
    if (status == QLatin1StringView("invalid"))
        return QColor(0xb3, 0x26, 0x1e);
    if (status == QLatin1StringView("token_required"))
        return QColor(0x8a, 0x5a, 0x00);
    return QColor(0x5f, 0x63, 0x68); // unknown, unconfirmed
}

QString statusBadgeStyle(const QString &status)
{
    return badgeStyle(statusBadgeColour(status));
}

void leaveOtherLinks(ResultPanel *panel, QStatusBar *statusBar, const QString &linkId)
{
    if (panel)
        panel->clearIfAboutAnotherLink(linkId);
    if (namesAnotherLink(statusBar->currentMessage(), linkId))
        statusBar->clearMessage();
}

ResultPanel::ResultPanel(QWidget *parent) : QWidget(parent), m_ui(new Ui::ResultPanel)
{
    takeSecondaryMnemonic(this); // its letters never move the form's
    m_ui->setupUi(this);
    QFont headline = m_ui->headlineLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);
    // After an update the focus lands here (focusHeadline): Tab reaches it too.
    m_ui->headlineLabel->setFocusPolicy(Qt::TabFocus);
    m_ui->rawJsonEdit->setMaximumHeight(220);
    m_ui->statusBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->openSettingsButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_ui->rawJsonToggle, &QToolButton::toggled, this, &ResultPanel::showRawJson);
    connect(m_ui->copyLinkIdButton, &QToolButton::clicked, this, [this] {
        copyWithConfirmation(m_ui->copyLinkIdButton, m_ui->copyStatusLabel,
                             m_ui->linkIdValue->text(), tr("Copied the link id."));
    });
    connect(m_ui->copyForTicketButton, &QPushButton::clicked, this, [this] {
        copyWithConfirmation(m_ui->copyForTicketButton, m_ui->copyStatusLabel,
                             ticketSummaryText(m_summary),
                             tr("Copied a summary for the ticket (no credentials in it)."));
    });
    connect(m_ui->openSettingsButton, &QPushButton::clicked, this,
            &ResultPanel::openSettingsRequested);
    clear();
    m_ui->headlineLabel->setAccessibleName(m_ui->headlineLabel->text());
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::focusHeadline()
{
    m_ui->headlineLabel->setFocus(Qt::OtherFocusReason);
}

void ResultPanel::setHeadline(const QString &text, Severity severity)
{
    m_ui->headlineLabel->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString word = tr("Information");
    QColor colour;
    switch (severity) {
    case Severity::Info:
        break;
    case Severity::Success:
        icon = QStyle::SP_DialogApplyButton;
        word = tr("Success");
        break;
    case Severity::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        word = tr("Warning");
        break;
    case Severity::Error:
        icon = QStyle::SP_MessageBoxCritical;
        word = tr("Error");
        colour = statusBadgeColour(QStringLiteral("invalid"));
        break;
    }
    const int size = QFontMetrics(m_ui->headlineLabel->font()).height() * 3 / 2;
    m_ui->headlineIcon->setPixmap(
        style()->standardIcon(icon, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    m_ui->headlineIcon->setAccessibleName(word);
    m_ui->headlineIcon->setToolTip(word);
    m_ui->headlineIcon->setVisible(true);
    // The colour only adds to the icon and the words, and only where it stays readable.
    const bool coloured =
        colour.isValid() && contrastRatio(colour, palette().color(QPalette::Window)) >= 4.5;
    m_ui->headlineLabel->setStyleSheet(
        coloured ? QStringLiteral("QLabel { color: %1; }").arg(colour.name()) : QString());
    m_ui->headlineLabel->setProperty("severity", word);
    announce(m_ui->headlineLabel, text);
}

bool ResultPanel::clearIfAboutAnotherLink(const QString &linkId)
{
    if (m_aboutLinkId.isEmpty() || m_aboutLinkId == linkId)
        return false;
    clear();
    return true;
}

// The link the result is about, named under the headline; the summary for the ticket.
void ResultPanel::showSubject(const Result &result, const QString &headline)
{
    const ResultContext context = m_context ? m_context() : ResultContext{};
    if (result.kind == Result::Kind::Link)
        m_lastLink = result.link;
    m_summary = ticketSummaryFor(result, headline, context, m_lastLink);
    m_summary.agent = currentAgent();
    m_summary.time = QDateTime::currentDateTime();
    m_aboutLinkId = m_summary.linkId;
    QString subject;
    if (!m_aboutLinkId.isEmpty())
        subject =
            m_summary.externalId.isEmpty()
                ? tr("About link %1").arg(m_aboutLinkId)
                : tr("About link %1 (external id %2)").arg(m_aboutLinkId, m_summary.externalId);
    m_ui->subjectLabel->setText(subject);
    m_ui->subjectLabel->setVisible(!subject.isEmpty());
    QString http;
    if (result.httpStatus > 0)
        http = tr("HTTP status: %1").arg(httpStatusText(result.httpStatus));
    else if (result.failure != Failure::None && result.failure != Failure::Refused)
        http = tr("HTTP status: none (no answer from the server)");
    m_ui->httpStatusLabel->setText(http);
    m_ui->httpStatusLabel->setVisible(!http.isEmpty());
    m_ui->copyForTicketButton->setVisible(true);
}

void ResultPanel::clear()
{
    m_ui->headlineLabel->setText(tr("Results appear here."));
    m_ui->headlineLabel->setStyleSheet(QString());
    m_ui->headlineLabel->setProperty("severity", QVariant());
    m_ui->headlineIcon->clear();
    m_ui->headlineIcon->setVisible(false);
    m_ui->subjectLabel->clear();
    m_ui->subjectLabel->setVisible(false);
    m_ui->httpStatusLabel->clear();
    m_ui->httpStatusLabel->setVisible(false);
    m_ui->copyForTicketButton->setVisible(false);
    m_ui->copyStatusLabel->clear();
    m_ui->copyStatusLabel->setVisible(false);
    m_aboutLinkId.clear();
    m_summary = {};
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setVisible(false);
    m_ui->linkDetails->setVisible(false);
    m_ui->openSettingsButton->setVisible(false);
    m_ui->rawJsonToggle->setVisible(false);
    m_ui->rawJsonToggle->setChecked(false);
    m_ui->rawJsonEdit->setVisible(false);
    m_rawJson = nullptr;
    clearErrors();
}

void ResultPanel::showBusy(const QString &what)
{
    clear();
    setHeadline(what, Severity::Info);
    m_aboutLinkId = m_context ? m_context().linkId : QString();
    m_ui->subjectLabel->setText(m_aboutLinkId.isEmpty() ? QString()
                                                        : tr("About link %1").arg(m_aboutLinkId));
    m_ui->subjectLabel->setVisible(!m_aboutLinkId.isEmpty());
    refreshAccessibility(window()); // built on first use: its place in the window's order
}

void ResultPanel::clearErrors()
{
    while (QLayoutItem *item = m_ui->errorsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ui->errorsContainer->setVisible(false);
}

void ResultPanel::setRawJson(std::function<QByteArray()> json)
{
    m_rawJson = std::move(json);
    m_ui->rawJsonEdit->clear();
    m_ui->rawJsonToggle->setVisible(bool(m_rawJson));
}

void ResultPanel::showRawJson(bool on)
{
    setButtonText(m_ui->rawJsonToggle, on ? tr("Hide raw &JSON") : tr("Show raw &JSON"));
    if (on && m_ui->rawJsonEdit->document()->isEmpty() && m_rawJson) {
        constexpr qsizetype kShown = 512 * 1024;
        const QByteArray json = m_rawJson();
        m_ui->rawJsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_ui->rawJsonEdit->setPlainText(
            json.size() <= kShown
                ? QString::fromUtf8(json)
                : QString::fromUtf8(json.left(kShown)) + QLatin1Char('\n') +
                      tr("… (%1 more not shown)")
                          .arg(QLocale().formattedDataSize(json.size() - kShown)));
    }
    m_ui->rawJsonEdit->setVisible(on);
}

void ResultPanel::showResult(const Result &result, const QString &headline)
{
    Severity severity = Severity::Info;
    if (result.failure == Failure::Cancelled)
        severity = Severity::Warning;
    else if (!result.isSuccess())
        severity = Severity::Error;
    showResult(result, headline, severity);
}

void ResultPanel::showResult(const Result &result, const QString &headline, Severity severity)
{
    clear();
    setHeadline(headline, severity);
    showSubject(result, headline);
    switch (result.kind) {
    case Result::Kind::Link:
        showLink(result.link);
        break;
    case Result::Kind::ApiErrors:
        showErrors(result);
        break;
    default:
        m_ui->messageLabel->setText(result.message);
        m_ui->messageLabel->setVisible(true);
        break;
    }
    refreshAccessibility(window()); // the error rows' Copy buttons: letters, Tab order
}

void ResultPanel::showOutcome(const UpdateOutcome &o, bool mfaAsked)
{
    using K = UpdateOutcome::Kind;
    switch (o.kind) {
    case K::Updated:
        showResult(o.result, tr("Credentials updated"), Severity::Success);
        break;
    case K::Accepted: { // a 2xx without the link, and the link could not be read back
        Result shown = o.result;
        shown.kind = Result::Kind::Failure;
        shown.message = o.message;
        showResult(shown, tr("Belvo accepted the update"), Severity::Warning);
        break;
    }
    case K::SessionExpired:
        showResult(o.result, tr("The MFA session expired"), Severity::Error);
        break;
    case K::Cancelled:
        showResult(o.result, mfaAsked ? tr("MFA cancelled") : tr("Cancelled"), Severity::Warning);
        break;
    default:
        showResult(o.result, tr("The update failed"), Severity::Error);
        break;
    }
}

void ResultPanel::showLink(const Link &l)
{
    const QString dash = QStringLiteral("—");
    m_ui->linkDetails->setVisible(true);
    m_ui->statusBadge->setText(l.status.isEmpty() ? tr("unknown") : l.status);
    m_ui->statusBadge->setStyleSheet(statusBadgeStyle(l.status));
    announce(m_ui->statusBadge, tr("Status: %1").arg(m_ui->statusBadge->text()));
    m_ui->statusMeaningLabel->setText(explainLinkStatus(l.status));
    m_ui->institutionValue->setText(l.institution.isEmpty() ? dash : l.institution);
    m_ui->accessModeValue->setText(l.accessMode.isEmpty() ? dash : l.accessMode);
    m_ui->refreshRateValue->setText(l.refreshRate.isEmpty() ? dash : l.refreshRate);
    m_ui->lastAccessedValue->setText(l.lastAccessedAt.isValid() ? displayTime(l.lastAccessedAt)
                                                                : tr("never"));
    m_ui->lastAccessedValue->setToolTip(isoTime(l.lastAccessedAt));
    m_ui->linkIdValue->setText(l.id);
    m_ui->createdByValue->setText(l.createdBy.isEmpty() ? dash : l.createdBy);
    const QJsonObject raw = l.raw;
    setRawJson([raw] { return QJsonDocument(raw).toJson(QJsonDocument::Indented); });
}

void ResultPanel::showErrors(const Result &result)
{
    QString summary;
    if (result.errors.size() > 1)
        summary =
            tr("Belvo reported %n problem(s):", nullptr, static_cast<int>(result.errors.size()));
    if (result.retryAfterSeconds >= 0)
        summary += (summary.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("Belvo asks to wait %n second(s) before retrying.", nullptr,
                      result.retryAfterSeconds);
    m_ui->messageLabel->setText(summary);
    m_ui->messageLabel->setVisible(!summary.isEmpty());
    m_ui->openSettingsButton->setVisible(result.httpStatus == 401 || result.httpStatus == 403);
    m_ui->errorsContainer->setVisible(true);
    QJsonArray raw;
    int index = 0;
    for (const ApiError &e : result.errors) {
        ++index;
        auto *explanation =
            new QLabel(explainApiError(e, result.httpStatus), m_ui->errorsContainer);
        explanation->setObjectName(QStringLiteral("errorLabel%1").arg(index));
        explanation->setWordWrap(true);
        explanation->setTextFormat(Qt::PlainText);
        QFont bold = explanation->font();
        bold.setBold(true);
        explanation->setFont(bold);
        m_ui->errorsLayout->addWidget(explanation);
        QString text = e.code.isEmpty() ? tr("HTTP %1").arg(result.httpStatus) : e.code;
        if (!e.field.isEmpty())
            text += tr(" (field %1)").arg(e.field);
        text += QStringLiteral(": ") + e.message;
        auto *details = new QLabel(text, m_ui->errorsContainer);
        details->setObjectName(QStringLiteral("errorDetailsLabel%1").arg(index));
        details->setWordWrap(true);
        details->setTextFormat(Qt::PlainText);
        details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->errorsLayout->addWidget(details);
        if (!e.requestId.isEmpty()) {
            auto *row = new QWidget(m_ui->errorsContainer);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 6);
            auto *id = new QLabel(tr("Request id: %1").arg(e.requestId), row);
            id->setObjectName(QStringLiteral("requestIdLabel%1").arg(index));
            id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            auto *copy = new QToolButton(row);
            copy->setObjectName(QStringLiteral("copyRequestIdButton%1").arg(index));
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy the request id to give to Belvo"));
            copy->setAccessibleName(tr("Copy request id %1").arg(e.requestId));
            const QString requestId = e.requestId;
            connect(copy, &QToolButton::clicked, this, [this, copy, requestId] {
                copyWithConfirmation(copy, m_ui->copyStatusLabel, requestId,
                                     tr("Copied request id %1.").arg(requestId));
            });
            h->addWidget(id);
            h->addWidget(copy);
            h->addStretch(1);
            m_ui->errorsLayout->addWidget(row);
        }
        QJsonObject o{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
        if (!e.field.isEmpty())
            o.insert(QStringLiteral("field"), e.field);
        if (!e.requestId.isEmpty())
            o.insert(QStringLiteral("request_id"), e.requestId);
        raw.append(o);
    }
    setRawJson([raw] { return QJsonDocument(raw).toJson(QJsonDocument::Indented); });
}

} // namespace relink
