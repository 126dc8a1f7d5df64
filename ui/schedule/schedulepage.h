#pragma once

#include "assistant/proposalchecker.h"
#include "common/eventpage.h"
#include "schedule/conflictchecker.h"

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace EventDesk
{
class ScheduleRecordEditor;
class ScheduleScene;
class ScheduleView;
class StorageWorker;
class UnscheduledList;

// The schedule editor: a day's grid, the unscheduled sessions, the conflicts, publishing and release diffs.
// Edits become one undoable command per gesture; conflicts are re-checked incrementally right away and the
// grid follows the store after each commit. A legend explains the track colours; double-clicking a card (or
// Enter on the card with the keyboard focus) opens its editor.
class SchedulePage : public EventPage
{
    Q_OBJECT

public:
    explicit SchedulePage(StorageWorker &worker, QWidget *parent = nullptr);
    QString title() const override { return tr("Schedule"); }
    void setEvent(const Event &event) override;
    QList<QAction *> menuActions() const override { return {m_autoScheduleAction}; }
    QList<QAction *> viewMenuActions() const override { return {m_zoomInAction, m_zoomOutAction}; }

    ScheduleScene *scene() const { return m_scene; }
    ScheduleView *view() const { return m_view; }
    const ConflictChecker &checker() const { return m_checker; }
    bool isLoaded() const { return m_loaded; }

public slots:
    void reload();
    void focusSession(const QUuid &id);
    void showDay(int index);
    void publish();
    void compareReleases();
    void editRules();
    // Schedule › Auto-schedule…: the auto-scheduler's proposal, shown on the grid like the assistant's.
    void autoSchedule();
    // Draws a pending agenda proposal on the grid (placed, moved with where from, new; conflicting ones
    // marked) without changing data; clearProposal() removes it. The day picker names the days that hold
    // proposed items ("… (3 proposed)"); when the day in view holds none, the first day that does is shown.
    void showProposal(const EventDesk::CheckedProposal &proposal);
    void clearProposal();

signals:
    void loaded();
    // For the window's status bar: what was just done (a release published, …).
    void statusMessage(const QString &message);

private:
    void applyEdit(const QList<Session> &before, const QList<Session> &after, const QString &text);
    void refresh();
    void unscheduleSelected();
    void labelDays(); // each day's date, with its number of proposed items
    int proposedOn(const QDate &day) const;
    void updateLegend();
    void scrollToDayStart();

    StorageWorker &m_worker;
    QUuid m_eventId;
    ScheduleData m_data;
    ConflictChecker m_checker;
    bool m_loaded = false;
    bool m_reloadQueued = false;
    QList<ProposalItem> m_proposal;
    QString m_proposalZone;
    ScheduleScene *m_scene;
    ScheduleView *m_view;
    UnscheduledList *m_unscheduled;
    QListWidget *m_conflicts;
    QListWidget *m_legend;
    ScheduleRecordEditor *m_editor;
    QComboBox *m_day;
    QComboBox *m_filter;
    QLabel *m_summary;
    QLabel *m_unscheduledLabel = nullptr;
    QPushButton *m_publish;
    QAction *m_autoScheduleAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
};

} // namespace EventDesk
