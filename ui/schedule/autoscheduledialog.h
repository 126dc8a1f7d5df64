#pragma once

#include "assistant/proposalchecker.h"
#include "schedule/autoschedulereport.h"
#include "schedule/scheduledata.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace EventDesk
{

// Schedule › Auto-schedule…: what to plan (the unscheduled sessions, one day, or everything with few
// moves) and the time limit; the run goes on a worker thread with progress and Cancel. The result is a
// proposal like the assistant's: shown on the grid (proposalShown), its report here beside it, applied as
// one undo step or discarded (proposalCleared).
class AutoScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    AutoScheduleDialog(const ScheduleData &data, QWidget *parent = nullptr);
    ~AutoScheduleDialog() override;
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void proposalShown(const EventDesk::CheckedProposal &proposal);
    void proposalCleared();

private:
    struct Run;
    void start();
    void cancel();
    void finish(const std::shared_ptr<Run> &run);
    void apply();
    void discard();
    void updateButtons();

    ScheduleData m_data;
    CheckedProposal m_proposal;
    bool m_hasProposal = false;
    bool m_applying = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<Run> m_run;
    QComboBox *m_scope;
    QComboBox *m_day;
    QDoubleSpinBox *m_timeLimit;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QLabel *m_status;
    QPushButton *m_start, *m_cancel, *m_apply, *m_discard;
};

} // namespace EventDesk
