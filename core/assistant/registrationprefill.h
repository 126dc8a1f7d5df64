#pragma once

#include "assistant/assistantsettings.h"
#include "assistant/assistantusage.h"
#include "assistant/prefillextraction.h"
#include "llm/providerprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

namespace EventDesk
{
class LlmCall;
class LlmClient;

// Extracts registration drafts from messages with a language model, asynchronously: the messages go in
// batches of PrefillExtraction::kBatchSize, one request each, one batch after the other. A model or
// network error (or cancel()) stops it with the drafts of the batches done kept; resume() sends the
// batches not done yet. Never saves anything.
class RegistrationPrefill : public QObject
{
    Q_OBJECT

public:
    explicit RegistrationPrefill(LlmClient &client, QObject *parent = nullptr);
    ~RegistrationPrefill() override;

    // Redaction and cache use of the requests (AssistantTask::Prefill); by default redaction is on.
    void setSettings(const AssistantSettings &settings) { m_settings = settings; }
    const AssistantSettings &settings() const { return m_settings; }
    // Where each batch's tokens and cost are recorded (none by default).
    void setUsage(const AssistantUsage::Target &target) { m_usage = target; }

    void start(const ProviderProfile &profile, const QString &key, const PrefillExtraction::Setup &setup,
               const QList<MailMessage> &messages);
    void resume(); // after an error or cancel(): the batches not done yet
    void cancel(); // at any moment; finishes with ErrorCode::Cancelled

    bool isRunning() const { return m_running; }
    bool canResume() const { return !m_running && m_next < batchCount(); }
    int batchCount() const;
    int batchesDone() const { return m_next; }
    const PrefillExtraction::Setup &setup() const { return m_setup; }
    const QList<MailMessage> &messages() const { return m_messages; }
    const QList<RegistrationDraft> &drafts() const { return m_drafts; }
    void setDrafts(const QList<RegistrationDraft> &drafts) { m_drafts = drafts; } // checked copies
    const std::optional<Error> &error() const { return m_error; }                 // of the last run

signals:
    void progress(int batchesDone, int batches);
    void finished(); // error() tells whether it failed; the drafts so far stay

private:
    void sendNext();

    LlmClient &m_client;
    ProviderProfile m_profile;
    QString m_key;
    AssistantSettings m_settings;
    AssistantUsage::Target m_usage;
    PrefillExtraction::Setup m_setup;
    QList<MailMessage> m_messages;
    QList<RegistrationDraft> m_drafts;
    std::optional<Error> m_error;
    QPointer<LlmCall> m_call;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_destroying = false;
};

} // namespace EventDesk
