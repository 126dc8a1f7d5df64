#pragma once

#include "chatresponse.h"
#include "providerprofile.h"
#include "redactor.h"
#include "responsecacheworker.h"
#include "result.h"
#include "retrypolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;

namespace EventDesk
{

class LlmClient;
class ResponseCache;
class SseParser;
class StreamDecoder;

// One request to a model, with its retries. Emits textDelta as a stream arrives (restored from
// placeholders), then finished() exactly once; afterwards error() tells whether it failed. A stream cut
// short finishes with an Incomplete error and response().incomplete set, keeping the partial text.
class LlmCall : public QObject
{
    Q_OBJECT

public:
    ~LlmCall() override;

    // A whole JSON answer (not streamed) larger than this fails with InvalidResponse, as an SSE event over
    // SseParser's cap does; of an error answer only the start is kept.
    static constexpr qsizetype kMaxAnswerBytes = 8 << 20;
    static constexpr qsizetype kMaxErrorBytes = 64 << 10;

    void cancel(); // at any moment; finishes with a Cancelled error
    bool isFinished() const { return m_finished; }
    const ChatResponse &response() const { return m_response; }
    const std::optional<Error> &error() const { return m_error; }
    int attempts() const { return m_attempts; } // HTTP requests sent
    const QList<std::chrono::milliseconds> &retryDelays() const { return m_delays; }
    bool mergedInFlight() const { return m_merged; }
    bool adaptedForReasoning() const { return m_adapted; }

signals:
    void textDelta(const QString &delta);
    void finished();

private:
    friend class LlmClient;
    LlmCall(LlmClient *client, const ProviderProfile &profile, const ChatRequest &request,
            const QString &key);
    void start();
    void afterCacheLookup(std::optional<ChatResponse> hit);
    void startAttempt();
    void onReadyRead();
    void appendPlain(const QByteArray &bytes); // of a whole (not streamed) answer, up to kMaxAnswerBytes
    void onReplyFinished();
    void onTimeout(bool connectPhase);
    void fail(const Error &error, int status, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
              bool networkError);
    void complete(ChatResponse response, std::optional<Error> error);
    void dropReply();
    ChatResponse restored(ChatResponse raw);
    QString proxyLabel() const; // host:port of the proxy this call goes through; empty: none

    LlmClient *m_client;
    ProviderProfile m_profile;
    ChatRequest m_request;
    QString m_key;
    Redactor m_redactor;
    QJsonObject m_body;
    QByteArray m_cacheKey; // empty: not cacheable
    bool m_stream = true;
    QNetworkAccessManager *m_nam = nullptr; // the client's manager for this profile's proxy setting
    std::optional<QSslConfiguration> m_tls; // with the profile's extra CA certificates
    QList<QSslError> m_sslErrors;           // of the current attempt
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<SseParser> m_parser;
    std::unique_ptr<StreamDecoder> m_decoder;
    QByteArray m_plainBody;
    bool m_isEventStream = false;
    bool m_delivered = false;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    std::optional<Error> m_timeoutError;
    ChatResponse m_response;
    std::optional<Error> m_error;
    QList<std::chrono::milliseconds> m_delays;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_merged = false;
    bool m_adapted = false;
    QList<QPointer<LlmCall>> m_followers; // identical requests merged into this one
};

// Owns the one QNetworkAccessManager for language models. Never blocks: every call is asynchronous.
class LlmClient : public QObject
{
    Q_OBJECT

public:
    explicit LlmClient(QObject *parent = nullptr);
    ~LlmClient() override;

    // The caller owns the call (it is parented to the client; deleteLater() it when done).
    LlmCall *send(const ProviderProfile &profile, const ChatRequest &request, const QString &key);

    // The cache of deterministic answers (not owned; may be null). ResponseCache is read on the calling
    // thread (the CLI); a window uses ResponseCacheWorker, which reads it on a thread of its own.
    void setCache(ResponseCache *cache) { m_cache = cache; }
    // Drops the cached answer to a request (ChatResponse::cacheKey) that its reader could not use, so that
    // the same request asks the model again instead of getting the same unusable answer for a week.
    void forget(const QByteArray &cacheKey);
    ResponseCache *cache() const { return m_cache; }
    void setCacheWorker(ResponseCacheWorker *worker) { m_cacheWorker = worker; }
    ResponseCacheWorker *cacheWorker() const { return m_cacheWorker; }
    RetryPolicy &retryPolicy() { return m_retry; }
    void setTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds inactivity);
    std::chrono::milliseconds connectTimeout() const { return m_connectTimeout; }
    std::chrono::milliseconds inactivityTimeout() const { return m_idleTimeout; }
    QNetworkAccessManager *network() const { return m_nam; } // the one for the system proxy

    // The proxy a profile's requests go through: the system's (also from http_proxy/https_proxy/no_proxy),
    // none, or the profile's URL. With the system setting, a server on this machine is reached directly.
    static QNetworkProxy proxyFor(const ProviderProfile &profile);

private:
    friend class LlmCall;
    QNetworkAccessManager *networkFor(const ProviderProfile &profile);

    QNetworkAccessManager *m_nam;
    QHash<QString, QNetworkAccessManager *> m_proxied; // by proxy setting, for profiles with their own
    ResponseCache *m_cache = nullptr;
    QPointer<ResponseCacheWorker> m_cacheWorker;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_connectTimeout{15000};
    std::chrono::milliseconds m_idleTimeout{60000};
    QHash<QByteArray, QPointer<LlmCall>> m_inFlight;
};

} // namespace EventDesk
