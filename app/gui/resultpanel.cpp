#include "resultpanel.h"

#include "accessibility.h"
#include "displaytime.h"
#include "mnemonics.h"
#include "ui_resultpanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
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

ResultPanel::ResultPanel(QWidget *parent) : QWidget(parent), m_ui(new Ui::ResultPanel)
{
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
    connect(m_ui->copyLinkIdButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->linkIdValue->text()); });
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

void ResultPanel::setHeadline(const QString &text)
{
    m_ui->headlineLabel->setText(text);
    announce(m_ui->headlineLabel, text);
}

void ResultPanel::clear()
{
    m_ui->headlineLabel->setText(tr("Results appear here."));
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
    setHeadline(what);
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
    clear();
    setHeadline(headline);
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
        showResult(o.result, tr("Credentials updated"));
        break;
    case K::Accepted: { // a 2xx without the link, and the link could not be read back
        Result shown = o.result;
        shown.kind = Result::Kind::Failure;
        shown.message = o.message;
        showResult(shown, tr("Belvo accepted the update"));
        break;
    }
    case K::SessionExpired:
        showResult(o.result, tr("The MFA session expired"));
        break;
    case K::Cancelled:
        showResult(o.result, mfaAsked ? tr("MFA cancelled") : tr("Cancelled"));
        break;
    default:
        showResult(o.result, tr("The update failed"));
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
            connect(copy, &QToolButton::clicked, this,
                    [requestId] { QGuiApplication::clipboard()->setText(requestId); });
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
