#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// A sync this large, or running this long, shows a progress bar and Cancel.
constexpr qint64 kLargeSync = 500;
constexpr qint64 kLongSyncMs = 1000;
} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent), m_button(new QToolButton(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(u"syncStatusWidget"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button->setObjectName(u"syncStatus"_s);
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setAccessibleName(tr("Team sync status"));
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Team sync progress"));
    m_cancel->setObjectName(u"syncCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this sync; what arrived so far is kept."));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncStatusWidget::clicked);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);
    clear();
}

void SyncStatusWidget::setWorker(SyncWorker *worker, const QString &server, const QString &member)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_server = server;
    m_member = member;
    m_problem.clear();
    m_state = worker ? worker->state() : SyncWorker::State::Offline;
    if (worker) {
        connect(worker, &SyncWorker::stateChanged, this, [this](SyncWorker::State state) {
            if (state == SyncWorker::State::Syncing && m_state != state) {
                m_done = m_total = 0;
                m_syncing.start();
            }
            m_state = state;
            refresh();
        });
        connect(worker, &SyncWorker::progress, this, [this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            refresh();
        });
        connect(worker, &SyncWorker::finished, this, [this](const SyncReport &report) {
            m_lastSync = report.finishedUtc;
            m_cancelled = report.cancelled;
            m_problem.clear();
            refresh();
        });
        connect(worker, &SyncWorker::failed, this, [this](const QString &sentence) {
            m_problem = sentence;
            refresh();
        });
        connect(worker, &SyncWorker::checked, this, [this](bool ok, const QString &sentence) {
            m_problem = ok ? QString() : sentence;
            refresh();
        });
        connect(worker, &SyncWorker::conflictsChanged, this, [this](int count) {
            m_conflicts = count;
            refresh();
        });
        connect(worker, &SyncWorker::pendingChanged, this, [this](qint64 count) {
            m_pending = count;
            refresh();
        });
    }
    setVisible(worker != nullptr);
    refresh();
}

void SyncStatusWidget::setLastSync(const QDateTime &utc)
{
    m_lastSync = utc;
    refresh();
}

void SyncStatusWidget::setOffline(const QString &sentence, const QString &server, const QString &member)
{
    setWorker(nullptr, server, member);
    m_state = SyncWorker::State::Offline;
    m_problem = sentence;
    show();
    refresh();
}

void SyncStatusWidget::clear()
{
    setWorker(nullptr, {}, {});
    m_conflicts = 0;
    m_pending = -1;
    m_lastSync = {};
    m_cancelled = false;
    hide();
}

QString SyncStatusWidget::text() const
{
    return m_button->text();
}

void SyncStatusWidget::refresh()
{
    QString text;
    switch (m_state) {
    case SyncWorker::State::Offline:
        text = tr("Offline");
        break;
    case SyncWorker::State::Error:
        text = tr("Sync failed");
        break;
    case SyncWorker::State::Syncing:
        text = m_total > 0
                   ? tr("Syncing %1 of %2").arg(QLocale().toString(m_done), QLocale().toString(m_total))
                   : tr("Syncing…");
        break;
    case SyncWorker::State::Idle:
        if (m_conflicts > 0)
            text = tr("%n conflict(s)", nullptr, m_conflicts);
        else if (m_cancelled)
            text = tr("Sync cancelled");
        else if (m_lastSync.isValid())
            text = tr("Synced %1")
                       .arg(QLocale().toString(m_lastSync.toLocalTime().time(), QLocale::ShortFormat));
        else
            text = tr("Connected");
        break;
    }
    m_button->setText(text);

    QStringList tip;
    if (!m_problem.isEmpty())
        tip.append(m_problem);
    if (!m_server.isEmpty())
        tip.append(tr("Server: %1").arg(m_server));
    if (!m_member.isEmpty())
        tip.append(tr("Member: %1").arg(m_member));
    tip.append(tr("Last sync: %1")
                   .arg(m_lastSync.isValid()
                            ? QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat)
                            : tr("never")));
    if (m_pending >= 0)
        tip.append(tr("%n change(s) waiting to be sent", nullptr, int(m_pending)));
    if (m_conflicts > 0)
        tip.append(tr("Click to see the conflicts."));
    m_button->setToolTip(tip.join(u'\n'));

    const bool large = m_state == SyncWorker::State::Syncing &&
                       (m_total >= kLargeSync || (m_syncing.isValid() && m_syncing.elapsed() >= kLongSyncMs));
    m_progress->setVisible(large);
    m_cancel->setVisible(large);
    if (large) {
        m_progress->setMaximum(int(std::min<qint64>(m_total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(m_done, INT_MAX)));
    }
}

} // namespace EventDesk
