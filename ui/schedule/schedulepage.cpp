#include "schedulepage.h"

#include "common/sentences.h"
#include "proposalghostitem.h"

#include "autoscheduledialog.h"
#include "commands/command.h"
#include "common/messagebox.h"
#include "conflictrulesdialog.h"
#include "daylabel.h"
#include "releasediffdialog.h"
#include "schedule/schedulepublisher.h"
#include "schedulerecordeditor.h"
#include "schedulescene.h"
#include "scheduleview.h"
#include "sessionitem.h"
#include "storage/storageworker.h"
#include "unscheduledlist.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

SchedulePage::SchedulePage(StorageWorker &worker, QWidget *parent)
    : EventPage(parent), m_worker(worker), m_scene(new ScheduleScene(this)),
      m_view(new ScheduleView(m_scene, this)), m_unscheduled(new UnscheduledList(this)),
      m_conflicts(new QListWidget(this)), m_legend(new QListWidget(this)),
      m_editor(new ScheduleRecordEditor(worker, this)), m_day(new QComboBox(this)),
      m_filter(new QComboBox(this)), m_summary(new QLabel(this)),
      m_publish(new QPushButton(tr("Pu&blish…"), this)),
      m_autoScheduleAction(new QAction(tr("Auto-&schedule…"), this))
{
    setObjectName(u"schedulePage"_s);
    m_day->setObjectName(u"scheduleDayCombo"_s);
    m_day->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_day->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // the whole date, never cut off
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(14);
    m_filter->setObjectName(u"scheduleFilterCombo"_s);
    m_summary->setObjectName(u"conflictSummary"_s);
    m_conflicts->setObjectName(u"conflictList"_s);
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_view->setAccessibleName(tr("Schedule grid"));
    m_view->setAccessibleDescription(tr("Rooms across, times down. Arrow keys go from session to session; "
                                        "Alt+arrow keys move the selected sessions."));
    m_unscheduled->setAccessibleName(tr("Unscheduled sessions"));
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setToolTip(tr("Publish the schedule as a numbered release"));
    m_legend->setObjectName(u"trackLegend"_s);
    m_legend->setToolTip(tr("The colour of each track on the cards"));
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setFocusPolicy(Qt::NoFocus);
    m_autoScheduleAction->setObjectName(u"actionAutoSchedule"_s);
    m_autoScheduleAction->setToolTip(
        tr("Place or re-plan sessions with no conflict, as a proposal to apply"));
    auto *autoButton = new QToolButton(this);
    autoButton->setObjectName(u"autoScheduleButton"_s);
    autoButton->setDefaultAction(m_autoScheduleAction);
    auto *zoomIn = new QToolButton(this);
    zoomIn->setObjectName(u"zoomInButton"_s);
    zoomIn->setText(u"+"_s);
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setObjectName(u"zoomOutButton"_s);
    zoomOut->setText(u"−"_s);
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto *compare = new QPushButton(tr("Compare &releases…"), this);
    compare->setObjectName(u"compareReleasesButton"_s);
    auto *rules = new QPushButton(tr("R&ules…"), this);
    rules->setObjectName(u"conflictRulesButton"_s);
    rules->setToolTip(tr("Severity of each conflict rule, and the speaker changeover time"));

    // Two rows, so the page fits beside the event list and the assistant without cutting anything off:
    // what is shown above, what is done with the schedule below.
    auto *bar = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Da&y:"), this);
    dayLabel->setBuddy(m_day);
    auto *filterLabel = new QLabel(tr("H&ighlight:"), this);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addSpacing(12);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(autoButton);
    actions->addWidget(rules);
    actions->addWidget(compare);
    actions->addWidget(m_publish);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_unscheduledLabel = new QLabel(tr("Unschedule&d"), left);
    m_unscheduledLabel->setObjectName(u"unscheduledLabel"_s);
    m_unscheduledLabel->setBuddy(m_unscheduled);
    leftLayout->addWidget(m_unscheduledLabel);
    leftLayout->addWidget(m_unscheduled, 3);
    auto *legendLabel = new QLabel(tr("Tracks"), left);
    leftLayout->addWidget(legendLabel);
    leftLayout->addWidget(m_legend, 1);
    auto *grid = new QSplitter(Qt::Horizontal, this);
    grid->addWidget(left);
    grid->addWidget(m_view);
    grid->setStretchFactor(1, 1);
    grid->setSizes({180, 800});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(grid);
    vertical->addWidget(m_conflicts);
    vertical->setStretchFactor(0, 1);
    vertical->setSizes({600, 110});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(vertical, 1);

    auto *unschedule = new QAction(tr("Unschedule"), this);
    unschedule->setObjectName(u"actionUnscheduleSession"_s);
    unschedule->setShortcut(QKeySequence::Delete);
    unschedule->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(unschedule);
    connect(unschedule, &QAction::triggered, this, &SchedulePage::unscheduleSelected);

    connect(m_scene, &ScheduleScene::sessionsEdited, this, &SchedulePage::applyEdit);
    connect(m_scene, &ScheduleScene::sessionActivated, this,
            [this](const QUuid &id) { m_editor->open(RecordKind::Session, m_eventId, id); });
    // Not only by dragging: Enter (or a double click) on an unscheduled session opens its editor, where a
    // room and a start time put it on the grid.
    connect(m_unscheduled, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->open(RecordKind::Session, m_eventId, item->data(Qt::UserRole).toUuid());
    });
    // The grid shows an edit at once; when its write fails, show the stored schedule again.
    connect(StoreCommandNotifier::instance(), &StoreCommandNotifier::failed, this, &SchedulePage::reload);
    connect(m_view, &ScheduleView::sessionsDropped, this,
            [this](const QList<QUuid> &ids, const QPointF &pos) {
                QList<Session> sessions;
                for (const QUuid &id : ids)
                    if (const Session *s = m_data.session(id))
                        sessions.append(*s);
                m_scene->dropSessions(sessions, pos);
            });
    connect(m_view, &ScheduleView::zoomRequested, this,
            [this](int steps) { m_scene->setZoom(m_scene->zoom() * (steps > 0 ? 1.25 : 0.8)); });
    // The zoom also in View › Zoom In / Zoom Out (Ctrl++ and Ctrl+-).
    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(u"actionZoomIn"_s);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(u"actionZoomOut"_s);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_scene->setZoom(m_scene->zoom() * 1.25); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_scene->setZoom(m_scene->zoom() * 0.8); });
    connect(zoomIn, &QToolButton::clicked, m_zoomInAction, &QAction::trigger);
    connect(zoomOut, &QToolButton::clicked, m_zoomOutAction, &QAction::trigger);
    connect(m_day, &QComboBox::currentIndexChanged, this, &SchedulePage::showDay);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList key = m_filter->currentData().toStringList();
        m_scene->setFilter(key.value(0) == u"track" ? QUuid::fromString(key.value(1)) : QUuid(),
                           key.value(0) == u"speaker" ? QUuid::fromString(key.value(1)) : QUuid());
    });
    connect(m_conflicts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            focusSession(item->data(Qt::UserRole).toUuid());
    });
    connect(m_publish, &QPushButton::clicked, this, &SchedulePage::publish);
    connect(compare, &QPushButton::clicked, this, &SchedulePage::compareReleases);
    connect(rules, &QPushButton::clicked, this, &SchedulePage::editRules);
    connect(m_autoScheduleAction, &QAction::triggered, this, &SchedulePage::autoSchedule);
    connect(worker.store(), &EventStore::recordsChanged, this, [this](RecordKind kind) {
        if (m_eventId.isNull() || kind == RecordKind::Participant || kind == RecordKind::TicketType ||
            m_reloadQueued)
            return;
        m_reloadQueued = true; // one reload for a burst of commits
        QTimer::singleShot(0, this, &SchedulePage::reload);
    });
}

void SchedulePage::showProposal(const CheckedProposal &proposal)
{
    m_proposal = proposal.items;
    m_proposalZone = proposal.timeZone;
    labelDays();
    if (proposedOn(m_day->currentData().toDate()) == 0) {
        for (int i = 0; i < m_day->count(); ++i) {
            if (proposedOn(m_day->itemData(i).toDate()) > 0) {
                const QSignalBlocker block(m_day);
                m_day->setCurrentIndex(i);
                if (m_loaded)
                    m_scene->setSchedule(m_data, m_checker, m_day->currentData().toDate());
                break;
            }
        }
    }
    m_scene->setProposal(proposal.items);
    const QList<ProposalGhostItem *> ghosts = m_scene->proposalGhosts();
    if (!ghosts.isEmpty()) // the first proposed item of the day in view, so the diff is seen
        m_view->ensureVisible(ghosts.first(), 20, 40);
}

void SchedulePage::clearProposal()
{
    m_proposal.clear();
    labelDays();
    m_scene->clearProposal();
}

int SchedulePage::proposedOn(const QDate &day) const
{
    const QTimeZone zone((m_proposalZone.isEmpty() ? m_data.event.timeZone : m_proposalZone).toUtf8());
    int n = 0;
    for (const ProposalItem &item : m_proposal)
        if (item.session.start.isValid() && item.session.start.toTimeZone(zone).date() == day)
            ++n;
    return n;
}

void SchedulePage::labelDays()
{
    for (int i = 0; i < m_day->count(); ++i) {
        const QDate day = m_day->itemData(i).toDate();
        const QString date = dayLabel(int(m_data.event.startDate.daysTo(day)) + 1, day);
        const int proposed = proposedOn(day);
        m_day->setItemText(i, proposed > 0 ? tr("%1 (%n proposed)", nullptr, proposed).arg(date) : date);
    }
}

void SchedulePage::setEvent(const Event &event)
{
    if (event.meta.id != m_eventId)
        m_loaded = false;
    m_eventId = event.meta.id;
    reload();
}

void SchedulePage::reload()
{
    m_reloadQueued = false;
    if (m_eventId.isNull())
        return;
    const QUuid eventId = m_eventId;
    m_worker.run(
        this,
        [eventId](EventStore &s) {
            auto data = ScheduleData::load(s, eventId);
            if (!data)
                return std::make_pair(data, ConflictChecker());
            ConflictChecker checker(data.value()); // the full check runs on the storage thread too
            return std::make_pair(data, checker);
        },
        [this, eventId](const std::pair<Result<ScheduleData>, ConflictChecker> &result) {
            if (eventId != m_eventId || !result.first)
                return;
            const bool firstLoad = !m_loaded || m_data.event.meta.id != eventId;
            m_data = result.first.value();
            m_checker = result.second;
            if (firstLoad) {
                const QSignalBlocker blockDay(m_day);
                const QSignalBlocker blockFilter(m_filter);
                m_day->clear();
                for (QDate d = m_data.event.startDate; d.isValid() && d <= m_data.event.endDate;
                     d = d.addDays(1))
                    m_day->addItem(dayLabel(int(m_data.event.startDate.daysTo(d)) + 1, d), d);
                labelDays();
                m_filter->clear();
                m_filter->addItem(tr("All sessions"));
                for (const Track &t : std::as_const(m_data.tracks))
                    m_filter->addItem(tr("Track: %1").arg(t.name),
                                      QStringList{u"track"_s, t.meta.id.toString()});
                for (const Speaker &s : std::as_const(m_data.speakers))
                    m_filter->addItem(tr("Speaker: %1").arg(s.name),
                                      QStringList{u"speaker"_s, s.meta.id.toString()});
            }
            m_loaded = true;
            refresh();
            if (firstLoad)
                scrollToDayStart();
            emit loaded();
        });
}

void SchedulePage::refresh()
{
    const QDate day =
        m_day->currentData().toDate().isValid() ? m_day->currentData().toDate() : m_data.event.startDate;
    m_scene->setSchedule(m_data, m_checker, day);
    m_unscheduled->clear();
    for (const Session &s : std::as_const(m_data.sessions)) {
        if (s.isScheduled() || s.meta.deleted)
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 (%2 min)").arg(s.title).arg(s.durationMinutes), m_unscheduled);
        item->setData(Qt::UserRole, s.meta.id);
    }
    // How many wait for a place: "(0)" says that the empty list is not a list still loading.
    m_unscheduledLabel->setText(tr("Unschedule&d (%1)").arg(QLocale().toString(m_unscheduled->count())));
    m_conflicts->clear();
    const QList<Conflict> all = m_checker.all();
    for (const Conflict &c : all) {
        auto *item = new QListWidgetItem(
            (c.severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(c.message),
            m_conflicts);
        item->setData(Qt::UserRole, c.sessions.value(0));
        item->setToolTip(conflictRuleDisplayName(c.rule));
        item->setForeground(c.severity == Severity::Error ? QColor(0xb71c1c) : QColor(0xe65100));
    }
    m_summary->setText(Sentences::list({tr("%n error(s)", nullptr, m_checker.count(Severity::Error)),
                                        tr("%n warning(s)", nullptr, m_checker.count(Severity::Warning))}));
    updateLegend();
}

// One line per track with its colour, and the grey of sessions without a track when there are any.
void SchedulePage::updateLegend()
{
    auto swatch = [](const QColor &color) {
        QPixmap pixmap(12, 12);
        pixmap.fill(color);
        QPainter painter(&pixmap);
        painter.setPen(color.darker(130));
        painter.drawRect(0, 0, 11, 11);
        return QIcon(pixmap);
    };
    m_legend->clear();
    for (const Track &t : std::as_const(m_data.tracks))
        if (!t.meta.deleted)
            m_legend->addItem(new QListWidgetItem(swatch(QColor(t.color)), t.name));
    const bool untracked =
        std::any_of(m_data.sessions.cbegin(), m_data.sessions.cend(), [](const Session &s) {
            return s.isScheduled() && !s.meta.deleted && s.trackId.isNull();
        });
    if (untracked)
        m_legend->addItem(new QListWidgetItem(swatch(QColor(0x90a4ae)), tr("No track")));
}

// The first row of the grid is the daily start (or an earlier session's hour): show it from the top.
void SchedulePage::scrollToDayStart()
{
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum());
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
}

void SchedulePage::showDay(int index)
{
    Q_UNUSED(index);
    if (!m_loaded)
        return;
    m_scene->setSchedule(m_data, m_checker, m_day->currentData().toDate());
    scrollToDayStart();
}

// The command reads the sessions as they are right before its write (for undo), so before is not needed.
void SchedulePage::applyEdit(const QList<Session> & /*before*/, const QList<Session> &after,
                             const QString &text)
{
    if (after.isEmpty())
        return;
    // Re-check around the moved sessions now, so badges follow the drop at once; the store follows.
    for (const Session &s : after) {
        m_checker.updateSession(s);
        for (Session &mine : m_data.sessions)
            if (mine.meta.id == s.meta.id)
                mine = s;
    }
    Command::updateRecords<Session>(after, text);
    refresh();
    QList<QUuid> ids;
    for (const Session &s : after)
        ids.append(s.meta.id);
    m_scene->selectSessions(ids);
}

void SchedulePage::unscheduleSelected()
{
    QList<Session> before, after;
    for (const QUuid &id : m_scene->selectedSessions())
        if (const Session *s = m_data.session(id)) {
            before.append(*s);
            Session u = *s;
            u.start = QDateTime();
            u.roomId = QUuid();
            after.append(u);
        }
    applyEdit(before, after, tr("Unschedule %n session(s)", nullptr, int(after.size())));
}

void SchedulePage::focusSession(const QUuid &id)
{
    const Session *s = m_data.session(id);
    if (!s || !s->isScheduled())
        return;
    const QDate day = s->start.toTimeZone(QTimeZone(m_data.event.timeZone.toUtf8())).date();
    const int index = m_day->findData(day);
    if (index >= 0 && index != m_day->currentIndex())
        m_day->setCurrentIndex(index);
    m_scene->selectSessions({id});
    if (SessionItem *item = m_scene->itemFor(id))
        m_view->centerOn(item);
}

void SchedulePage::publish()
{
    const int errors = m_checker.count(Severity::Error);
    if (errors > 0 &&
        MessageBox::question(this, tr("Publish with conflicts?"),
                             tr("The schedule has %n conflict error(s). Publish it anyway?", nullptr, errors),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"publishDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Publish schedule"));
    dialog->setLabelText(tr("Release name:"));
    dialog->setTextValue(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    // Wide enough that window managers show the whole title (the dialog's layout sets its minimum size).
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setMinimumWidth(
            qMax(320, dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) + 160));
    const QUuid eventId = m_eventId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, eventId](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty() || eventId != m_eventId)
            return;
        // Deliberately not a command and not undoable: a published release is an immutable snapshot that may
        // already have been fetched by attendees' apps and the streaming team (EventStore refuses to change
        // one), and release numbers only ever grow. It changes no record of the schedule itself, so no undo
        // step of the stack depends on it. Publishing again makes a newer release.
        m_worker.run(
            this, [eventId, name](EventStore &s) { return SchedulePublisher::publish(s, eventId, name); },
            [this](const Result<ScheduleRelease> &r) {
                if (!r) {
                    MessageBox::warning(this, tr("Publish schedule"), r.error().message);
                    return;
                }
                const QString done =
                    tr("Published release %1 \"%2\".").arg(r.value().version).arg(r.value().name);
                m_summary->setText(done);
                emit statusMessage(done);
                auto *box = new QMessageBox(QMessageBox::Information, tr("Schedule published"),
                                            tr("Published release %1 \"%2\" with %n session(s).", nullptr,
                                               int(r.value().sessions.size()))
                                                .arg(r.value().version)
                                                .arg(r.value().name),
                                            QMessageBox::Ok, this);
                box->setObjectName(u"publishedMessage"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    });
    dialog->open();
}

void SchedulePage::autoSchedule()
{
    if (m_eventId.isNull() || !m_loaded)
        return;
    auto *dialog = new AutoScheduleDialog(m_data, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AutoScheduleDialog::proposalShown, this, &SchedulePage::showProposal);
    connect(dialog, &AutoScheduleDialog::proposalCleared, this, &SchedulePage::clearProposal);
    connect(dialog, &QDialog::finished, this, &SchedulePage::clearProposal);
    dialog->show(); // not modal: the grid beside it shows the proposal
}

void SchedulePage::editRules()
{
    if (!m_loaded)
        return;
    auto *dialog = new ConflictRulesDialog(m_data.event, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Event before = m_data.event;
    connect(dialog, &QDialog::accepted, this, [dialog, before] {
        const Event after = dialog->values();
        if (after.conflictRules != before.conflictRules ||
            after.changeoverMinutes != before.changeoverMinutes)
            Command::updateEvent(after);
    });
    dialog->open();
}

void SchedulePage::compareReleases()
{
    auto *dialog = new ReleaseDiffDialog(m_worker, m_eventId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace EventDesk
