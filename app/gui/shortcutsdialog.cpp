#include "shortcutsdialog.h"

#include "accessibility.h"
#include "mnemonics.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relink {

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts — Relink"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The keys of the main window as it is now. Alt+I always reaches "
                                "Link id; a bank's fields get the letters left over."));
    intro->setObjectName(QStringLiteral("shortcutsIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Each key and what it does"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("What it does")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    collect(window);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    resize(520, 560);
    refreshAccessibility(this);
}

void ShortcutsDialog::add(const QKeySequence &keys, const QString &what)
{
    add(keys.toString(QKeySequence::NativeText), what);
}

void ShortcutsDialog::add(const QString &k, const QString &what)
{
    if (k.isEmpty() || what.isEmpty())
        return;
    m_rows.append({k, what});
    m_list->addTopLevelItem(new QTreeWidgetItem({k, what}));
}

void ShortcutsDialog::collect(QMainWindow *window)
{
    if (QMenuBar *bar = window->menuBar()) {
        for (QAction *menu : bar->actions()) {
            if (!menu->menu())
                continue;
            add(QKeySequence::mnemonic(menu->text()),
                tr("%1 menu").arg(withoutMnemonic(menu->text())));
            for (QAction *a : menu->menu()->actions()) {
                if (!a->shortcut().isEmpty())
                    add(a->shortcut(), withoutMnemonic(a->text()));
            }
        }
    }
    for (QWidget *w : widgetsInVisualOrder(window)) {
        QString text;
        QString what;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            text = label->text();
            what = labelName(text);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
            what = button->accessibleName().isEmpty() ? withoutMnemonic(text)
                                                      : button->accessibleName();
        } else if (auto *group = qobject_cast<QGroupBox *>(w); group && group->isCheckable()) {
            text = group->title();
            what = withoutMnemonic(text);
        }
        if (!text.isEmpty() && w->isVisibleTo(window))
            add(QKeySequence::mnemonic(text), what);
    }
    add(tr("Enter"), tr("In Link id: check the link"));
    add(tr("Enter"), tr("In a credential field: update the credentials"));
    add(QKeySequence(Qt::Key_Escape), tr("Cancel what is running"));
    add(QKeySequence(Qt::Key_Tab), tr("Next field (Shift+Tab: the one before)"));
}

} // namespace relink
