#include "registrationprefill.h"

#include "llm/llmclient.h"
#include "llm/structuredoutput.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

RegistrationPrefill::RegistrationPrefill(LlmClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

RegistrationPrefill::~RegistrationPrefill()
{
    m_destroying = true;
    if (m_call)
        m_call->cancel();
}

int RegistrationPrefill::batchCount() const
{
    return int((m_messages.size() + PrefillExtraction::kBatchSize - 1) / PrefillExtraction::kBatchSize);
}

void RegistrationPrefill::start(const ProviderProfile &profile, const QString &key,
                                const PrefillExtraction::Setup &setup, const QList<MailMessage> &messages)
{
    if (m_running)
        cancel();
    m_profile = profile;
    m_key = key;
    m_setup = setup;
    m_messages = messages;
    m_drafts.clear();
    m_next = 0;
    resume();
}

void RegistrationPrefill::resume()
{
    if (m_running)
        return;
    m_error.reset();
    m_cancelled = false;
    m_running = true;
    emit progress(m_next, batchCount());
    sendNext();
}

void RegistrationPrefill::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel(); // done() below finishes
}

void RegistrationPrefill::sendNext()
{
    if (m_next >= batchCount()) {
        m_running = false;
        emit finished();
        return;
    }
    const int first = m_next * PrefillExtraction::kBatchSize;
    const int count = int(qMin<qsizetype>(PrefillExtraction::kBatchSize, m_messages.size() - first));
    QPointer<RegistrationPrefill> guard(this);
    ChatRequest request = PrefillExtraction::request(m_setup, m_messages, first, count);
    m_settings.applyTo(AssistantTask::Prefill, request);
    StructuredOutput::request(
        m_client, m_profile, std::move(request), m_key,
        [guard, first](Result<QJsonValue> value, const ChatResponse &) {
            if (!guard || guard->m_destroying)
                return;
            RegistrationPrefill &self = *guard;
            self.m_call.clear();
            if (self.m_cancelled || !value) {
                self.m_error =
                    self.m_cancelled
                        ? Error{ErrorCode::Cancelled,
                                tr("Pre-fill was cancelled; the drafts extracted so far are kept."),
                                {}}
                        : value.error();
                self.m_running = false;
                emit self.finished();
                return;
            }
            self.m_drafts += PrefillExtraction::drafts(value.value(), self.m_setup, self.m_messages, first);
            ++self.m_next;
            emit self.progress(self.m_next, self.batchCount());
            self.sendNext();
        },
        [guard](LlmCall *call) {
            if (!guard)
                return;
            guard->m_call = call;
            AssistantUsage::track(call, guard->m_usage, guard->m_profile.model);
        });
}

} // namespace EventDesk
