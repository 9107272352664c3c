#include "waitingdock.h"

#include "accessibility.h"
#include "desktopnotifier.h"
#include "firstpaint.h"
#include "handoffdesk.h"
#include "handoffdialog.h"
#include "historylocation.h"
#include "historyservice.h"
#include "mnemonics.h"
#include "secretclipboard.h"
#include "waitingtablemodel.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace relink {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

WaitingDock::WaitingDock(Workspace *workspace, QWidget *parent)
    : QDockWidget(tr("Waiting for customers"), parent), m_workspace(workspace),
      m_desk(new HandoffDesk(this)), m_model(new WaitingTableModel(m_desk, this)),
      m_notifier(std::make_unique<FreedesktopNotifier>())
{
    takeSecondaryMnemonic(this); // its letters never move the form's
    setObjectName(QStringLiteral("waitingDock"));
    connect(m_desk, &HandoffDesk::linkValid, this, &WaitingDock::onLinkValid);
    connect(workspace, &Workspace::changed, this, &WaitingDock::restore);
}

// The list and its buttons, made when the dock is first shown (start-up does not pay for them).
void WaitingDock::buildBody()
{
    if (m_table)
        return;
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("waitingPanel"));
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("waitingTable"));
    m_table->setAccessibleName(tr("Waiting for customers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // one line a row: "invalid at 12:03:05"
    // Room for four rows and the header before the form gives way.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9 / 5 * 5);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_copyButton = button(tr("Copy customer's link"), "copyWaitingLinkButton", body);
    m_showButton = button(tr("Show QR…"), "showHandoffButton", body);
    m_openButton = button(tr("Open in form"), "openWaitingLinkButton", body);
    m_newLinkButton = button(tr("New link"), "newWaitingLinkButton", body);
    m_stopButton = button(tr("Stop watching"), "stopWatchingButton", body);
    // No Alt+letters here: those belong to the form (and the bank's rows get what is left);
    // Tab reaches every button, Enter on a row shows its hand-off.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_copyButton, m_showButton, m_openButton, m_newLinkButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_copyButton, &QPushButton::clicked, this, &WaitingDock::copyLink);
    connect(m_showButton, &QPushButton::clicked, this, &WaitingDock::showHandoff);
    connect(m_table, &QTableView::activated, this, &WaitingDock::showHandoff);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QString id = currentLinkId(); !id.isEmpty())
            emit openLinkRequested(id);
    });
    connect(m_newLinkButton, &QPushButton::clicked, this, [this] {
        const QString id = currentLinkId();
        if (id.isEmpty())
            return;
        if (HandoffFlow *flow = m_desk->flowFor(id)) {
            flow->renew();
            showHandoff();
        } else if (!m_desk->renew(id, HandoffDialog::defaultLocale())) {
            showStatus(tr("No new link for %1 could be made here: send it to the customer again "
                          "from the form.")
                           .arg(id));
        }
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        const QString id = currentLinkId();
        if (id.isEmpty())
            return;
        m_desk->stop(id);
        showStatus(tr("Stopped waiting for link %1.").arg(id));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int row) {
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(row, 0));
        refreshButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WaitingDock::refreshButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WaitingDock::refreshButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WaitingDock::refreshButtons);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    refreshButtons();
}

void WaitingDock::showEvent(QShowEvent *event)
{
    buildBody();
    QDockWidget::showEvent(event);
}

WaitingDock::~WaitingDock() = default;

void WaitingDock::setNotifier(std::unique_ptr<DesktopNotifier> notifier)
{
    m_notifier = std::move(notifier);
}

QString WaitingDock::currentLinkId() const
{
    const QModelIndex index = m_table ? m_table->currentIndex() : QModelIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(Qt::UserRole).toString() : QString();
}

void WaitingDock::refreshButtons()
{
    if (!m_table)
        return;
    const QString id = currentLinkId();
    const int row = m_desk->rowOf(id);
    const bool any = row >= 0;
    HandoffFlow *flow = any ? m_desk->flowFor(id) : nullptr;
    m_copyButton->setEnabled(flow && !flow->currentUrl().isEmpty());
    m_showButton->setEnabled(flow);
    m_openButton->setEnabled(any);
    m_newLinkButton->setEnabled(any && m_desk->at(row).state != WaitingHandoff::State::Valid &&
                                (!flow || (!flow->isMinting() && !flow->isChecking())));
    m_stopButton->setEnabled(any);
    m_stopButton->setText(any && !m_desk->at(row).isOpen() ? tr("Remove") : tr("Stop watching"));
}

HandoffDialog *WaitingDock::send(const QString &linkId, const QString &bank, const QString &ticket,
                                 const QStringList &confirmed)
{
    const QString id = linkId.trimmed().toLower();
    for (HandoffDialog *open : window()->findChildren<HandoffDialog *>()) {
        if (open->linkId() == id && m_desk->flowFor(id)) { // the same view, to the front
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog =
        HandoffDialog::create(m_workspace, m_desk, id, bank, ticket, window(), confirmed);
    connect(dialog, &HandoffDialog::linkValid, this, &WaitingDock::linkValid);
    dialog->setModal(false);
    dialog->show();
    dialog->start();
    return dialog;
}

void WaitingDock::copyLink()
{
    HandoffFlow *flow = m_desk->flowFor(currentLinkId());
    const QUrl url = flow ? flow->currentUrl() : QUrl();
    if (url.isEmpty())
        return;
    const QString text = url.toString(QUrl::FullyEncoded);
    SecretClipboard::instance()->copy(text, qint64(flow->tokenSecondsLeft()) * 1000);
    m_copied.insert(flow->linkId(), text); // it leaves the clipboard when the link is valid
    showStatus(tr("The customer's link for %1 is on the clipboard.").arg(flow->linkId()));
}

void WaitingDock::showHandoff()
{
    const QString id = currentLinkId();
    const int row = m_desk->rowOf(id);
    if (row < 0 || !m_desk->flowFor(id))
        return;
    send(id, m_desk->at(row).bank, m_desk->at(row).ticket);
}

void WaitingDock::onLinkValid(const QString &linkId, const Result &)
{
    SecretClipboard::instance()->forget(m_copied.take(linkId)); // its token has done its work
    const int row = m_desk->rowOf(linkId);
    const QString bank = row >= 0 ? m_desk->at(row).bank : QString();
    const QString summary = tr("A customer updated their link");
    const QString body = bank.isEmpty() ? tr("Link %1 is valid again.").arg(linkId)
                                        : tr("Link %1 (%2) is valid again.").arg(linkId, bank);
    QPointer<WaitingDock> guard(this);
    const QString fallback = summary + QStringLiteral(": ") + body;
    if (m_notifier)
        m_notifier->notify(summary, body, [guard, fallback] {
            if (guard)
                guard->showStatus(fallback);
        });
    else
        showStatus(fallback);
    announce(m_table ? static_cast<QWidget *>(m_table) : this, fallback);
}

void WaitingDock::showStatus(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text);
}

void WaitingDock::firstFrameShown()
{
    m_afterFirstFrame = true;
    restore();
}

void WaitingDock::restore()
{
    const QString environment = m_workspace->environmentLabel();
    if (!m_afterFirstFrame || !m_workspace->hasKeys() || m_restored.contains(environment))
        return;
    m_restored << environment;
    // Nothing ever recorded on this computer: nothing to watch again, and no file is made.
    if (!m_workspace->history()->hasLocation()) {
        const Parsed<HistoryLocation> configured = HistoryLocation::configured();
        if (configured && configured.value->isUnmadeFile())
            return;
    }
    m_desk->restore(m_workspace->ensureHistory(), m_workspace->client()->clone(m_desk),
                    environment);
}

WaitingDock *addWaitingDock(QMainWindow *window, Workspace *workspace)
{
    auto *dock = new WaitingDock(workspace, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("waitingAction"));
    toggle->setText(WaitingDock::tr("&Waiting for customers"));
    toggle->setShortcut(QKeySequence(WaitingDock::tr("Ctrl+Shift+W")));
    // The Window menu (made here when the form has none yet), before Help.
    auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("windowMenu"));
    if (!menu) {
        menu = new QMenu(WaitingDock::tr("&Window"), window->menuBar());
        menu->setObjectName(QStringLiteral("windowMenu"));
        auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);
    }
    menu->addAction(toggle);
    QObject::connect(dock->desk(), &HandoffDesk::rowAdded, dock, [dock] { dock->show(); });
    // After the first frame (the history is opened for it): start-up stays as fast as before.
    afterFirstPaint(window, [dock] { dock->firstFrameShown(); });
    return dock;
}

} // namespace relink
