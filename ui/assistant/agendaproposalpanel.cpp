#include "agendaproposalpanel.h"

#include "assistant/eventcontext.h"
#include "commands/command.h"
#include "common/sentences.h"
#include "llm/llmclient.h"
#include "storage/assistantstore.h"
#include "storage/storageworker.h"

#include <QAction>
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
      // No Alt keys on the buttons: the panel sits beside every page, whose keys they would take; the
      // commands are in Tools with keys of their own (actions()).
      m_apply(new QPushButton(tr("Apply"), this)), m_reject(new QPushButton(tr("Reject"), this)),
      m_revise(new QPushButton(tr("Revise"), this))
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
    auto command = [this](QPushButton *button, const char *name, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_commands.append({button, action});
    };
    command(m_apply, "actionApplyProposal", tr("Apply Pr&oposal"));
    command(m_reject, "actionRejectProposal", tr("Re&ject Proposal"));
    command(m_revise, "actionReviseProposal", tr("Revis&e Proposal"));
    connect(m_items, &QListWidget::itemChanged, this, [this] {
        m_pending.unchecked.clear();
        for (int i = 0; i < m_items->count() && i < m_proposal.items.size(); ++i)
            if (m_proposal.items.at(i).valid() && m_items->item(i)->checkState() != Qt::Checked)
                m_pending.unchecked.insert(PendingAgendaProposal::itemKey(m_proposal.items.at(i)));
        savePending();
        updateButtons();
    });
    updateButtons();
}

AgendaProposalPanel::~AgendaProposalPanel() = default;

void AgendaProposalPanel::setEvent(const QUuid &eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    m_task.reset();
    m_pending = {};
    clear({});
    loadPending();
}

namespace
{
struct Restored {
    PendingAgendaProposal pending;
    AgendaTask::Input input;
};
} // namespace

void AgendaProposalPanel::loadPending()
{
    if (m_eventId.isNull())
        return;
    m_loading = true;
    updateButtons();
    const QUuid eventId = m_eventId;
    m_worker.run(
        this,
        [eventId](EventStore &s) -> Result<std::optional<Restored>> {
            auto kept = AssistantStore(s).proposals(eventId, QString::fromUtf16(PendingAgendaProposal::kKind),
                                                    AssistantProposal::State::Pending);
            if (!kept)
                return kept.error();
            if (kept.value().isEmpty())
                return std::optional<Restored>();
            auto pending = PendingAgendaProposal::fromRecord(kept.value().constLast());
            if (!pending)
                return pending.error();
            auto context = EventContext(s, eventId).text();
            if (!context)
                return context.error();
            auto data = ScheduleData::load(s, eventId);
            if (!data)
                return data.error();
            return std::optional<Restored>(Restored{pending.value(), {context.value(), data.value()}});
        },
        [this, eventId](const Result<std::optional<Restored>> &restored) {
            if (eventId != m_eventId)
                return;
            m_loading = false;
            if (!m_queued.isEmpty()) // the newer request wins over the kept proposal
                QMetaObject::invokeMethod(
                    this, [this] { request(std::exchange(m_queued, QString())); }, Qt::QueuedConnection);
            if (!restored) {
                m_status->setText(restored.error().message);
            } else if (restored.value()) {
                const Restored &r = *restored.value();
                auto parsed = AgendaProposal::parse(r.pending.answer);
                if (!parsed) {
                    m_status->setText(parsed.error().message);
                } else {
                    m_input = r.input;
                    m_pending = r.pending;
                    display(ProposalChecker::check(r.input.data, parsed.value()));
                    return;
                }
            }
            updateButtons();
        });
}

void AgendaProposalPanel::savePending()
{
    if (m_pending.id.isNull())
        return;
    const AssistantProposal record = m_pending.toRecord();
    m_worker.run(
        this,
        [record](EventStore &s) -> Result<void> {
            auto saved = AssistantStore(s).saveProposal(record);
            return saved ? Result<void>() : Result<void>(saved.error());
        },
        [this](const Result<void> &saved) {
            if (!saved)
                m_status->setText(saved.error().message);
        });
}

void AgendaProposalPanel::recordState(AssistantProposal::State state)
{
    if (m_pending.id.isNull())
        return;
    m_worker.run(
        this,
        [id = m_pending.id, state](EventStore &s) { return AssistantStore(s).setProposalState(id, state); },
        [this](const Result<void> &done) {
            if (!done)
                m_status->setText(done.error().message);
        });
    m_pending = {};
}

void AgendaProposalPanel::setModel(LlmClient *client, const ProviderProfile &profile, const QString &key)
{
    m_client = client;
    m_profile = profile;
    m_key = key;
}

bool AgendaProposalPanel::isBusy() const
{
    return m_loading || m_gathering || m_applying || (m_task && m_task->isRunning());
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
    if (m_loading) { // asked right after the event was opened: once its kept proposal is read
        m_queued = text;
        return;
    }
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
            m_input = input.value();
            startTask(input.value(), text.trimmed());
        });
}

void AgendaProposalPanel::startTask(const AgendaTask::Input &input, const QString &text)
{
    m_task = std::make_unique<AgendaTask>(*m_client, m_profile, m_key);
    prepareTask();
    m_task->start(input, text);
    updateButtons();
}

void AgendaProposalPanel::prepareTask()
{
    connect(m_task.get(), &AgendaTask::finished, this, &AgendaProposalPanel::onTaskFinished);
    m_task->setUsage({m_eventId, AssistantTask::Agenda, {}, false});
    m_task->setUseCache(AssistantSettings::load().cacheEnabled());
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
    if (m_pending.id.isNull()) // a revision replaces the proposal it revises
        m_pending.id = newRecordId();
    m_pending.eventId = m_eventId;
    m_pending.request = m_task->requestText();
    m_pending.answer = m_task->rawJson();
    m_pending.unchecked.clear();
    savePending();
    display(m_task->proposal());
    if (m_task->fromCache())
        m_status->setText(
            Sentences::join(m_status->text(), tr("The answer came from the response cache, at no cost.")));
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
            row->setCheckState(m_pending.unchecked.contains(PendingAgendaProposal::itemKey(item))
                                   ? Qt::Unchecked
                                   : Qt::Checked);
        } else {
            row->setFlags(Qt::ItemIsSelectable); // shown, never checkable
            row->setCheckState(Qt::Unchecked);
            row->setForeground(QColor(0xb71c1c));
            row->setToolTip(item.problems.join(u'\n'));
        }
    }
    const int valid = proposal.validCount();
    m_status->setText(
        tr("%n item(s) can be applied; %1 cannot.", nullptr, valid).arg(int(proposal.items.size()) - valid));
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
    std::function<Result<void>(EventStore &)> record;
    if (!m_pending.id.isNull()) // the proposal's state, in the same transaction as its items
        record = [id = m_pending.id](EventStore &s) {
            return AssistantStore(s).setProposalState(id, AssistantProposal::State::Applied);
        };
    Command::applyAgendaProposal(
        m_eventId, items, this,
        [this](const Result<AgendaApplyOutcome> &outcome) {
            m_applying = false;
            if (!outcome) { // nothing was written; the proposal stays for another try
                m_status->setText(outcome.error().message);
                updateButtons();
                return;
            }
            QString status =
                tr("Applied %n item(s) as one undo step.", nullptr, int(outcome.value().applied.size()));
            if (!outcome.value().refused.isEmpty())
                status =
                    Sentences::join(status, tr("Not applied: %1").arg(outcome.value().refused.join(u' ')));
            m_pending = {};
            clear(status);
            emit applied(outcome.value());
        },
        record);
}

void AgendaProposalPanel::reject()
{
    if (!m_hasProposal || m_applying)
        return;
    recordState(AssistantProposal::State::Rejected); // no event data is written
    clear(tr("Proposal rejected; nothing was changed."));
}

void AgendaProposalPanel::ensureTask()
{
    if (m_task || !m_client)
        return;
    // A proposal kept from an earlier session: the conversation is rebuilt from it.
    m_task = std::make_unique<AgendaTask>(*m_client, m_profile, m_key);
    prepareTask();
    m_task->restore(m_input, m_pending.request, m_pending.answer);
}

void AgendaProposalPanel::revise()
{
    if (isBusy())
        return;
    ensureTask();
    if (!m_task) {
        if (m_hasProposal)
            m_status->setText(tr("No assistant profile is set up, so the proposal cannot be revised."));
        return;
    }
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
    m_revise->setEnabled(!busy && ((m_hasProposal && (m_task || m_client)) || (m_task && m_task->error())));
    for (const auto &[button, action] : std::as_const(m_commands))
        action->setEnabled(button->isEnabled());
}

} // namespace EventDesk
