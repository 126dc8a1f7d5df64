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
class ScheduleScene;
class ScheduleView;
class StorageWorker;
class UnscheduledList;

// The schedule editor: a day's grid, the unscheduled sessions, the conflicts, publishing and release diffs.
// Edits become one undoable command per gesture; conflicts are re-checked incrementally right away and the
// grid follows the store after each commit.
class SchedulePage : public EventPage
{
    Q_OBJECT

public:
    explicit SchedulePage(StorageWorker &worker, QWidget *parent = nullptr);
    QString title() const override { return tr("Schedule"); }
    void setEvent(const Event &event) override;
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
    // Draws a pending agenda proposal on the grid (placed, moved with where from, new; conflicting ones
    // marked) without changing data; clearProposal() removes it.
    void showProposal(const EventDesk::CheckedProposal &proposal);
    void clearProposal();

signals:
    void loaded();

private:
    void applyEdit(const QList<Session> &before, const QList<Session> &after, const QString &text);
    void refresh();
    void unscheduleSelected();

    StorageWorker &m_worker;
    QUuid m_eventId;
    ScheduleData m_data;
    ConflictChecker m_checker;
    bool m_loaded = false;
    bool m_reloadQueued = false;
    ScheduleScene *m_scene;
    ScheduleView *m_view;
    UnscheduledList *m_unscheduled;
    QListWidget *m_conflicts;
    QComboBox *m_day;
    QComboBox *m_filter;
    QLabel *m_summary;
    QPushButton *m_publish;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
};

} // namespace EventDesk
