#pragma once

#include "chatresponse.h"
#include "providerprofile.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace EventDesk
{

class LlmClient;

// The connection check behind `llm test` and the profiles dialog's Test button: one small structured
// request that proves the address, the key and the model work. Asynchronous; cancel() at any moment.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        QString profile;
        QString model; // as the service named it, else the profile's
        bool ok = false;
        qint64 milliseconds = 0;
        TokenUsage usage;
    };

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    LlmClient &client() { return *m_client; }
    void start(const ProviderProfile &profile, const QString &key); // a running test is cancelled first
    void cancel();                                                  // finishes with a Cancelled error
    bool isRunning() const { return m_running; }
    // After finished(): the outcome or the error (one sentence in message).
    const std::optional<Result<Outcome>> &result() const { return m_result; }

    static QString successSentence(const Outcome &outcome);

signals:
    void finished();

private:
    void finish(Result<Outcome> result);

    LlmClient *m_client;
    QElapsedTimer m_timer;
    std::optional<Result<Outcome>> m_result;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace EventDesk
