#include "agendaproposalpanel.h"

#include "assistant/eventcontext.h"
#include "commands/command.h"
#include "llm/llmclient.h"
#include "storage/storageworker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AgendaProposalPanel::AgendaProposalPanel(StorageWorker &worker, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_summary(new QLabel(this)), m_status(new QLabel(this)),
      m_items(new QListWidget(this)), m_note(new QLineEdit(this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_reject(new QPushButton(tr("Re&ject"), this)),
      m_revise(new QPushButton(tr("Re&vise"), this))
{
    setObjectName(u"agendaProposalPanel"_s);
    m_summary->setObjectName(u"proposalSummaryLabel"_s);
    m_status->setObjectName(u"proposalStatusLabel"_s);
    m_items->setObjectName(u"proposalItemList"_s);
    m_note->setObjectName(u"proposalReviseEdit"_s);
    m_apply->setObjectName(u"applyProposalButton"_s);
    m_reject->setObjectName(u"rejectProposalButton"_s);
    m_revise->setObjectName(u"reviseProposalButton"_s);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_items->setWordWrap(true);
    m_note->setPlaceholderText(tr("What should change? (for Revise)"));
    m_apply->setToolTip(tr("Write the checked items to the schedule, as one undo step"));
    m_reject->setToolTip(tr("Discard the proposal; nothing changes"));
    m_revise->setToolTip(tr("Ask the model for a new proposal, with the problems found"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_revise);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_apply, &QPushButton::clicked, this, &AgendaProposalPanel::apply);
    connect(m_reject, &QPushButton::clicked, this, &AgendaProposalPanel::reject);
    connect(m_revise, &QPushButton::clicked, this, &AgendaProposalPanel::revise);
    connect(m_items, &QListWidget::itemChanged, this, &AgendaProposalPanel::updateButtons);
    updateButtons();
}

AgendaProposalPanel::~AgendaProposalPanel() = default;

void AgendaProposalPanel::setEvent(const QUuid &eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    m_task.reset();
    clear({});
}

void AgendaProposalPanel::setModel(LlmClient *client, const ProviderProfile &profile, const QString &key)
{
    m_client = client;
    m_profile = profile;
    m_key = key;
}

bool AgendaProposalPanel::isBusy() const
{
    return m_gathering || m_applying || (m_task && m_task->isRunning());
}

QString AgendaProposalPanel::statusText() const
{
    return m_status->text();
}

QList<ProposalItem> AgendaProposalPanel::checkedItems() const
{
    QList<ProposalItem> out;
    for (int i = 0; i < m_items->count() && i < m_proposal.items.size(); ++i)
        if (m_proposal.items.at(i).valid() && m_items->item(i)->checkState() == Qt::Checked)
            out.append(m_proposal.items.at(i));
    return out;
}

void AgendaProposalPanel::request(const QString &text)
{
    if (isBusy() || m_eventId.isNull() || text.trimmed().isEmpty())
        return;
    if (!m_client) {
        m_status->setText(tr("No assistant profile is set up, so no proposal can be asked for."));
        return;
    }
    m_gathering = true;
    m_status->setText(tr("Asking the model…"));
    updateButtons();
    emit busyChanged(true);
    const QUuid eventId = m_eventId;
    // The context and the schedule come from the store on its own thread.
    m_worker.run(
        this,
        [eventId](EventStore &s) -> Result<AgendaTask::Input> {
            auto context = EventContext(s, eventId).text();
            if (!context)
                return context.error();
            auto data = ScheduleData::load(s, eventId);
            if (!data)
                return data.error();
            return AgendaTask::Input{context.value(), data.value()};
        },
        [this, eventId, text](const Result<AgendaTask::Input> &input) {
            m_gathering = false;
            if (eventId != m_eventId)
                return;
            if (!input) {
                m_status->setText(input.error().message);
                updateButtons();
                emit busyChanged(false);
                return;
            }
            startTask(input.value(), text.trimmed());
        });
}

void AgendaProposalPanel::startTask(const AgendaTask::Input &input, const QString &text)
{
    m_task = std::make_unique<AgendaTask>(*m_client, m_profile, m_key);
    connect(m_task.get(), &AgendaTask::finished, this, &AgendaProposalPanel::onTaskFinished);
    m_task->start(input, text);
    updateButtons();
}

void AgendaProposalPanel::onTaskFinished()
{
    emit busyChanged(false);
    if (m_task->error()) {
        // A proposal shown before stays for another try.
        m_status->setText(m_task->error()->message);
        updateButtons();
        return;
    }
    display(m_task->proposal());
}

void AgendaProposalPanel::display(const CheckedProposal &proposal)
{
    m_proposal = proposal;
    m_hasProposal = true;
    m_summary->setText(proposal.summary.isEmpty() ? tr("The model's proposal:") : proposal.summary);
    const QTimeZone zone(proposal.timeZone.toUtf8());
    const QSignalBlocker block(m_items);
    m_items->clear();
    for (const ProposalItem &item : proposal.items) {
        QString text = ProposalChecker::describe(item, zone);
        for (const QString &problem : item.problems)
            text += u"\n    "_s + problem;
        auto *row = new QListWidgetItem(text, m_items);
        row->setData(Qt::UserRole, item.session.meta.id);
        if (item.valid()) {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(Qt::Checked);
        } else {
            row->setFlags(Qt::ItemIsSelectable); // shown, never checkable
            row->setCheckState(Qt::Unchecked);
            row->setForeground(QColor(0xb71c1c));
            row->setToolTip(item.problems.join(u'\n'));
        }
    }
    const int valid = proposal.validCount();
    m_status->setText(tr("%n item(s) can be applied", nullptr, valid) + u"; "_s +
                      tr("%n cannot", nullptr, int(proposal.items.size()) - valid) + u'.');
    updateButtons();
    emit proposalShown(proposal);
}

void AgendaProposalPanel::clear(const QString &status)
{
    m_hasProposal = false;
    m_proposal = {};
    m_summary->clear();
    m_items->clear();
    m_note->clear();
    m_status->setText(status);
    updateButtons();
    emit proposalCleared();
}

void AgendaProposalPanel::apply()
{
    const QList<ProposalItem> items = checkedItems();
    if (items.isEmpty() || isBusy())
        return;
    m_applying = true;
    updateButtons();
    Command::applyAgendaProposal(m_eventId, items, this, [this](const Result<AgendaApplyOutcome> &outcome) {
        m_applying = false;
        if (!outcome) { // nothing was written; the proposal stays for another try
            m_status->setText(outcome.error().message);
            updateButtons();
            return;
        }
        QString status =
            tr("Applied %n item(s) as one undo step.", nullptr, int(outcome.value().applied.size()));
        if (!outcome.value().refused.isEmpty())
            status += u' ' + tr("Not applied: %1").arg(outcome.value().refused.join(u' '));
        clear(status);
        emit applied(outcome.value());
    });
}

void AgendaProposalPanel::reject()
{
    if (!m_hasProposal || m_applying)
        return;
    clear(tr("Proposal rejected; nothing was changed."));
}

void AgendaProposalPanel::revise()
{
    if (!m_task || isBusy())
        return;
    QStringList problems;
    for (const ProposalItem &item : std::as_const(m_proposal.items))
        problems += item.problems;
    problems.removeDuplicates();
    if (!m_note->text().trimmed().isEmpty())
        problems.prepend(m_note->text().trimmed());
    if (problems.isEmpty())
        problems << tr("The organizer asks for a different proposal.");
    m_status->setText(tr("Asking the model to revise the proposal…"));
    emit busyChanged(true);
    m_task->revise(problems);
    updateButtons();
}

void AgendaProposalPanel::updateButtons()
{
    const bool busy = isBusy();
    m_apply->setEnabled(m_hasProposal && !busy && !checkedItems().isEmpty());
    m_reject->setEnabled(m_hasProposal && !m_applying);
    m_revise->setEnabled(m_task && !busy && (m_hasProposal || m_task->error()));
}

} // namespace EventDesk
