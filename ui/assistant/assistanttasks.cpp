#include "assistanttasks.h"

#include "agendaproposalpanel.h"
#include "assistantdock.h"
#include "llm/keystore.h"
#include "prefillreviewdialog.h"
#include "replydraftdialog.h"
#include "reviewpanel.h"
#include "schedule/schedulepage.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AssistantTasks::AssistantTasks(StorageWorker &worker, LlmClient &client, AssistantDock *dock,
                               SchedulePage *schedule, QWidget *window)
    : QObject(window), m_worker(worker), m_client(client), m_dock(dock), m_schedule(schedule),
      m_window(window), m_agenda(new AgendaProposalPanel(worker, dock)),
      m_review(new ReviewPanel(worker, dock))
{
    m_agenda->hide();
    m_review->hide();
    m_review->setClient(&m_client);
    connect(m_agenda, &AgendaProposalPanel::proposalShown, this, [this](const CheckedProposal &proposal) {
        if (m_schedule)
            m_schedule->showProposal(proposal);
        if (m_dock && m_dock->taskPanel() != m_agenda)
            m_dock->setTaskPanel(m_agenda);
        emit scheduleWanted();
    });
    connect(m_agenda, &AgendaProposalPanel::proposalCleared, this, [this] {
        if (m_schedule)
            m_schedule->clearProposal();
    });
    connect(m_review, &ReviewPanel::recordActivated, this, &AssistantTasks::recordActivated);
    connect(dock, &AssistantDock::quickAction, this, &AssistantTasks::run);
}

AssistantTasks::~AssistantTasks() = default;

void AssistantTasks::setEvent(const QUuid &eventId)
{
    m_eventId = eventId;
    m_agenda->setEvent(eventId);
    m_review->setEvent(eventId);
    if (m_dock && (m_dock->taskPanel() == m_agenda || m_dock->taskPanel() == m_review))
        m_dock->setTaskPanel(nullptr);
}

void AssistantTasks::run(AssistantTask task, const QString &request)
{
    if (m_eventId.isNull()) {
        emit statusMessage(tr("Choose an event first."));
        return;
    }
    switch (task) {
    case AssistantTask::Chat:
        if (m_dock)
            m_dock->sendMessage(request);
        return;
    case AssistantTask::Agenda:
        runAgenda(request);
        return;
    case AssistantTask::Review:
        if (m_dock)
            m_dock->setTaskPanel(m_review);
        m_review->review();
        return;
    case AssistantTask::Prefill: {
        // It uses the pre-fill task's profile and redaction itself.
        auto *dialog = new PrefillReviewDialog(m_worker, m_eventId, &m_client, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    case AssistantTask::Reply: {
        auto *dialog = new ReplyDraftDialog(m_worker, m_eventId, m_window);
        dialog->setClient(&m_client);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReplyDraftDialog::recordActivated, this, &AssistantTasks::recordActivated);
        if (!request.isEmpty())
            dialog->setQuestion(request);
        dialog->show();
        return;
    }
    }
}

void AssistantTasks::runAgenda(const QString &request)
{
    QString text = request;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(
                   m_window, tr("Draft Agenda"),
                   tr("What should the agenda hold? For example: \"a one-day meetup with the accepted talks, "
                      "keynote first, lunch at 12:30\"."),
                   tr("Draft an agenda from the unscheduled sessions."), &ok)
                   .trimmed();
        if (!ok || text.isEmpty())
            return;
    }
    if (m_dock)
        m_dock->setTaskPanel(m_agenda);
    withModel(AssistantTask::Agenda, [this, text](const ProviderProfile &profile, const QString &key) {
        m_agenda->setModel(&m_client, profile, key);
        m_agenda->request(text);
    });
}

void AssistantTasks::withModel(AssistantTask task,
                               std::function<void(const ProviderProfile &, const QString &)> ready)
{
    auto profile = AssistantSettings::load().profileFor(task);
    if (!profile) {
        emit statusMessage(profile.error().message);
        return;
    }
    auto *keys = new KeyStore(u"EventDesk"_s, this);
    keys->keyFor(profile.value(), [this, keys, p = profile.value(), ready](KeyStore::Lookup lookup) {
        keys->deleteLater();
        if (!lookup.notice.isEmpty())
            emit statusMessage(lookup.notice);
        if (lookup.error) {
            emit statusMessage(lookup.error->message);
            return;
        }
        ready(p, lookup.key);
    });
}

} // namespace EventDesk
