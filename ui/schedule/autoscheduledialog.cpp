#include "autoscheduledialog.h"

#include "assistant/autoscheduleproposal.h"
#include "commands/command.h"
#include "schedule/autoscheduler.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

// One run's shared state: the worker writes progress and the result, the dialog reads them; cancel is the
// dialog's word to the worker. Shared so that a dialog closed mid-run leaves the worker something to write.
struct AutoScheduleDialog::Run {
    ScheduleData data;
    AutoScheduleOptions options;
    std::atomic_bool cancel{false};
    std::atomic_int percent{0};
    AutoScheduleResult result;
    CheckedProposal proposal;
};

AutoScheduleDialog::AutoScheduleDialog(const ScheduleData &data, QWidget *parent)
    : QDialog(parent), m_data(data), m_scope(new QComboBox(this)), m_day(new QComboBox(this)),
      m_timeLimit(new QDoubleSpinBox(this)), m_progress(new QProgressBar(this)),
      m_report(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_start(new QPushButton(tr("&Run"), this)), m_cancel(new QPushButton(tr("&Cancel run"), this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(u"autoScheduleDialog"_s);
    setWindowTitle(tr("Auto-schedule"));
    m_scope->setObjectName(u"autoScheduleScope"_s);
    m_scope->addItem(tr("Place all unscheduled sessions"), int(AutoScheduleOptions::Scope::Unscheduled));
    m_scope->addItem(tr("Place unscheduled sessions on one day"), int(AutoScheduleOptions::Scope::Day));
    m_scope->addItem(tr("Re-plan everything, moving few sessions"), int(AutoScheduleOptions::Scope::Replan));
    m_day->setObjectName(u"autoScheduleDay"_s);
    for (QDate d = data.event.startDate; d.isValid() && d <= data.event.endDate; d = d.addDays(1))
        m_day->addItem(QLocale().toString(d, QLocale::ShortFormat), d);
    m_timeLimit->setObjectName(u"autoScheduleTimeLimit"_s);
    m_timeLimit->setRange(0.5, 600);
    m_timeLimit->setValue(10);
    m_timeLimit->setSuffix(tr(" s"));
    m_progress->setObjectName(u"autoScheduleProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_report->setObjectName(u"autoScheduleReport"_s);
    m_report->setReadOnly(true);
    m_status->setObjectName(u"autoScheduleStatus"_s);
    m_status->setWordWrap(true);
    m_start->setObjectName(u"autoScheduleRun"_s);
    m_cancel->setObjectName(u"autoScheduleCancel"_s);
    m_apply->setObjectName(u"autoScheduleApply"_s);
    m_discard->setObjectName(u"autoScheduleDiscard"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Plan:"), m_scope);
    form->addRow(tr("Da&y:"), m_day);
    form->addRow(tr("&Time limit:"), m_timeLimit);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &AutoScheduleDialog::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &AutoScheduleDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &AutoScheduleDialog::cancel);
    connect(m_apply, &QPushButton::clicked, this, &AutoScheduleDialog::apply);
    connect(m_discard, &QPushButton::clicked, this, &AutoScheduleDialog::discard);
    updateButtons();
}

AutoScheduleDialog::~AutoScheduleDialog()
{
    if (m_run)
        m_run->cancel = true; // the worker stops at its next check and deletes itself
}

void AutoScheduleDialog::updateButtons()
{
    const bool running = isRunning();
    m_scope->setEnabled(!running);
    m_day->setEnabled(!running && m_scope->currentData().toInt() == int(AutoScheduleOptions::Scope::Day));
    m_timeLimit->setEnabled(!running);
    m_start->setEnabled(!running && !m_applying);
    m_cancel->setEnabled(running);
    m_apply->setEnabled(!running && !m_applying && m_hasProposal && m_proposal.validCount() > 0);
    m_discard->setEnabled(!m_applying);
}

void AutoScheduleDialog::start()
{
    if (isRunning())
        return;
    if (m_hasProposal) {
        m_hasProposal = false;
        emit proposalCleared();
    }
    auto run = std::make_shared<Run>();
    run->data = m_data;
    run->options.scope = AutoScheduleOptions::Scope(m_scope->currentData().toInt());
    run->options.day = m_day->currentData().toDate();
    run->options.timeLimitSeconds = m_timeLimit->value();
    m_run = run;
    m_report->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Planning…"));
    // The solver runs on a worker thread; a timer shows the progress it records.
    m_thread = QThread::create([run] {
        run->result = AutoScheduler::run(run->data, run->options, &run->cancel,
                                         [&run](int percent) { run->percent = percent; });
        run->proposal = ProposalChecker::check(run->data, AutoScheduleProposal::from(run->data, run->result));
    });
    auto *progressTimer = new QTimer(m_thread);
    progressTimer->setInterval(100);
    connect(progressTimer, &QTimer::timeout, this, [this, run] { m_progress->setValue(run->percent); });
    connect(m_thread, &QThread::finished, this, [this, run] { finish(run); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    progressTimer->start();
    m_thread->start();
    updateButtons();
}

void AutoScheduleDialog::cancel()
{
    if (m_run)
        m_run->cancel = true;
    m_status->setText(tr("Cancelling…"));
}

void AutoScheduleDialog::finish(const std::shared_ptr<Run> &run)
{
    m_thread = nullptr;
    if (run != m_run)
        return;
    m_run.reset();
    m_progress->setValue(100);
    if (run->result.report.status == AutoScheduleReport::Status::Cancelled) {
        m_status->setText(tr("Cancelled; nothing was proposed."));
        updateButtons();
        return;
    }
    m_proposal = run->proposal;
    m_hasProposal = true;
    QStringList lines = run->result.report.lines();
    const QTimeZone zone(m_data.event.timeZone.toUtf8());
    for (const ProposalItem &item : std::as_const(m_proposal.items))
        lines << (item.valid() ? QString() : tr("Not valid: ")) + ProposalChecker::describe(item, zone);
    m_report->setPlainText(lines.join(u'\n'));
    m_status->setText(m_proposal.items.isEmpty() ? tr("Nothing to change.")
                                                 : tr("The proposal is shown on the grid."));
    emit proposalShown(m_proposal);
    updateButtons();
}

void AutoScheduleDialog::apply()
{
    QList<ProposalItem> items;
    for (const ProposalItem &item : std::as_const(m_proposal.items))
        if (item.valid())
            items.append(item);
    if (items.isEmpty() || m_applying)
        return;
    m_applying = true;
    updateButtons();
    Command::applyAgendaProposal(m_data.event.meta.id, items, this,
                                 [this](const Result<AgendaApplyOutcome> &outcome) {
                                     m_applying = false;
                                     if (!outcome) {
                                         m_status->setText(outcome.error().message);
                                         updateButtons();
                                         return;
                                     }
                                     m_hasProposal = false;
                                     emit proposalCleared();
                                     accept();
                                 });
}

void AutoScheduleDialog::discard()
{
    cancel();
    if (m_hasProposal) {
        m_hasProposal = false;
        emit proposalCleared();
    }
    reject();
}

} // namespace EventDesk
