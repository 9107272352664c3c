#include "accessibility.h"

#include "mnemonics.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QToolButton>

#include <cmath>

namespace relink {

QString labelName(const QString &labelText)
{
    QString name = withoutMnemonic(labelText).trimmed();
    if (name.endsWith(QLatin1Char('*')))
        name.chop(1); // the required mark: said in the description instead
    name = name.trimmed();
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
        name.chop(1);
    return name.trimmed();
}

namespace {

void nameAfterTitle(QWidget *window)
{
    QString title = window->windowTitle();
    title.remove(QStringLiteral("[*]"));
    if (!title.isEmpty())
        window->setAccessibleName(title);
}

void nameInputsAfterLabels(QWidget *window)
{
    // The words a credential row's description starts with (one translation for both).
    const QString required = QCoreApplication::translate("relink::CredentialRow", "Required.");
    for (QLabel *label : window->findChildren<QLabel *>()) {
        QWidget *input = label->buddy();
        if (!input || label->window() != window)
            continue;
        const QString name = labelName(label->text());
        input->setAccessibleName(name);
        if (withoutMnemonic(label->text()).trimmed().endsWith(QLatin1Char('*')) &&
            !input->accessibleDescription().startsWith(required))
            input->setAccessibleDescription(
                QString(required + QLatin1Char(' ') + input->accessibleDescription()).trimmed());
        // A searchable list's text field is a field of its own on the bus: the same name.
        if (auto *combo = qobject_cast<QComboBox *>(input); combo && combo->lineEdit()) {
            combo->lineEdit()->setAccessibleName(name);
            combo->lineEdit()->setAccessibleDescription(combo->accessibleDescription());
        }
    }
}

// A line edit's clear (×) button is a QAction of the line edit's own, shown by a tool button it
// creates: both named after the field ("Clear ticket"), or a reader hears an unnamed button.
void nameClearButtons(QWidget *window)
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        QString field = edit->accessibleName();
        // "Link id" → "link id", "Base URL" → "base URL": lower case unless an acronym.
        if (field.size() > 1 && field.at(0).isUpper() && !field.at(1).isUpper())
            field[0] = field.at(0).toLower();
        const QString name =
            field.isEmpty()
                ? QCoreApplication::translate("relink::Accessibility", "Clear the field")
                : QCoreApplication::translate("relink::Accessibility", "Clear %1").arg(field);
        for (QAction *action : edit->findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
            if (action->objectName() != QLatin1StringView("_q_qlineeditclearaction"))
                continue;
            action->setText(name);
            action->setToolTip(name);
            for (QToolButton *button : edit->findChildren<QToolButton *>()) {
                if (button->defaultAction() == action)
                    button->setAccessibleName(name);
            }
        }
    }
}

AnnouncementSpy g_announcementSpy = nullptr;

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

void setVisualTabOrder(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : widgetsInVisualOrder(window)) {
        if (w->focusPolicy() & Qt::TabFocus)
            stops.append(w);
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

// Text from Belvo or a custom server (an institution, a bank's field label, an error message,
// the MFA instructions) is shown as it is, never as markup: no label of Relink's renders rich
// text, so "<a href=…>" is read as those characters, never as a link to click or an image to
// fetch. Labels that exist later (a bank's rows) are set when this runs again after a rebuild.
static void plainTextLabels(QWidget *window)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

void refreshAccessibility(QWidget *window)
{
    if (!window)
        return;
    plainTextLabels(window);
    nameAfterTitle(window);
    nameInputsAfterLabels(window);
    nameClearButtons(window);
    assignMnemonics(window);
    setVisualTabOrder(window);
}

// Qt 6.4 has no QAccessibleAnnouncementEvent (Qt 6.8+) and no live-region property for
// widgets. What it does carry over AT-SPI is a name change: a NameChanged event reaches the bus
// as object:property-change:accessible-name on the labelled status widget, which Orca reads for
// the focused window's objects (the result headline also takes the focus: focusHeadline). So a
// status is a QLabel whose accessible name is what it shows, and every change is sent
// explicitly: Qt 6.4's setAccessibleName sends nothing itself, and the same notice again (a
// second refused token) is news again.
void announce(QWidget *statusWidget, const QString &text)
{
    if (!statusWidget || text.isEmpty())
        return;
    statusWidget->setAccessibleName(text);
    QAccessibleEvent event(statusWidget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    if (g_announcementSpy)
        g_announcementSpy(statusWidget, text);
}

void setAnnouncementSpyForTesting(AnnouncementSpy spy)
{
    g_announcementSpy = spy;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor &background, const QColor &preferred)
{
    if (preferred.isValid() && contrastRatio(preferred, background) >= 4.5)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    for (const double dim : {0.35, 0.25, 0.15}) {
        const QColor c = QColor::fromRgbF(float(text.redF() * (1 - dim) + window.redF() * dim),
                                          float(text.greenF() * (1 - dim) + window.greenF() * dim),
                                          float(text.blueF() * (1 - dim) + window.blueF() * dim));
        if (contrastRatio(c, window) >= 4.5)
            return c;
    }
    return text;
}

QString badgeStyle(const QColor &background, const QColor &preferredText, bool bold)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                          "padding: 2px 8px;%3 }")
        .arg(background.name(), readableTextOn(background, preferredText).name(),
             bold ? QStringLiteral(" font-weight: bold;") : QString());
}

} // namespace relink
