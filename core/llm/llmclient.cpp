#include "llmclient.h"

#include "llmerror.h"
#include "logging.h"
#include "providercodec.h"
#include "responsecache.h"
#include "responsecacheworker.h"
#include "sseparser.h"
#include "streamdecoder.h"
#include "tokenestimator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
bool isDeterministic(const ProviderProfile &profile, const ChatRequest &request)
{
    const std::optional<double> t = request.temperature ? request.temperature : profile.temperature;
    return request.useCache && t && *t == 0.0 && !profile.reasoning;
}
} // namespace

LlmClient::LlmClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

LlmClient::~LlmClient()
{
    // The calls are children and outlive this body: let them know the client and its tables are gone.
    const QList<LlmCall *> calls = findChildren<LlmCall *>(Qt::FindDirectChildrenOnly);
    for (LlmCall *call : calls) {
        call->cancel();
        call->m_client = nullptr;
    }
    m_inFlight.clear();
}

void LlmClient::setTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds inactivity)
{
    m_connectTimeout = connect;
    m_idleTimeout = inactivity;
}

QNetworkProxy LlmClient::proxyFor(const ProviderProfile &profile)
{
    const QString setting = profile.proxy.trimmed();
    if (setting == u"none" || (setting.isEmpty() && profile.isLocal()))
        return QNetworkProxy::NoProxy;
    if (setting.isEmpty())
        return QNetworkProxy::DefaultProxy; // the application's: the system configuration
    const QUrl p(setting);
    const bool socks = p.scheme().startsWith(u"socks"_s);
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, p.host(),
                        quint16(p.port(socks ? 1080 : 8080)), p.userName(), p.password());
    if (socks && p.scheme() == u"socks5h")
        proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

QNetworkAccessManager *LlmClient::networkFor(const ProviderProfile &profile)
{
    const QNetworkProxy proxy = proxyFor(profile);
    if (proxy.type() == QNetworkProxy::DefaultProxy && profile.caCertificates.isEmpty())
        return m_nam;
    // One manager per proxy setting and CA file: a manager's proxy applies to all its requests, and its
    // cached connections keep the TLS configuration of their first request, so a profile's extra CA must
    // never serve another profile's request to the same host.
    QString id =
        u"%1 %2:%3 %4"_s.arg(int(proxy.type())).arg(proxy.hostName()).arg(proxy.port()).arg(proxy.user());
    id += u'\n' + profile.caCertificates;
    QNetworkAccessManager *&nam = m_proxied[id];
    if (!nam) {
        nam = new QNetworkAccessManager(this);
        nam->setProxy(proxy);
    }
    return nam;
}

void LlmClient::forget(const QByteArray &cacheKey)
{
    if (cacheKey.isEmpty())
        return;
    if (m_cache)
        m_cache->remove(cacheKey);
    else if (m_cacheWorker)
        m_cacheWorker->remove(cacheKey);
}

LlmCall *LlmClient::send(const ProviderProfile &profile, const ChatRequest &request, const QString &key)
{
    auto *call = new LlmCall(this, profile, request, key);
    // Start from the event loop so callers can connect to the call's signals first.
    QTimer::singleShot(0, call, &LlmCall::start);
    return call;
}

LlmCall::LlmCall(LlmClient *client, const ProviderProfile &profile, const ChatRequest &request,
                 const QString &key)
    : QObject(client), m_client(client), m_profile(profile), m_request(request), m_key(key)
{
    m_stream = request.stream;
    if (request.redact) {
        m_redactor.setNames(request.redactNames);
        for (ChatMessage &m : m_request.messages) {
            m.content = m_redactor.redact(m.content);
            for (ToolCall &c : m.toolCalls)
                c.arguments = m_redactor.redact(c.arguments);
        }
    }
    for (QTimer *t : {&m_connectTimer, &m_idleTimer, &m_retryTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_retryTimer, &QTimer::timeout, this, &LlmCall::startAttempt);
}

LlmCall::~LlmCall()
{
    dropReply();
    if (m_client && !m_cacheKey.isEmpty() && m_client->m_inFlight.value(m_cacheKey) == this)
        m_client->m_inFlight.remove(m_cacheKey);
}

void LlmCall::start()
{
    if (m_finished)
        return;
    // What will not fit is never sent: a server would refuse it or, worse, cut it silently.
    const int window = m_profile.effectiveContextWindow();
    const int needed =
        TokenEstimator::estimate(m_request) + m_request.maxTokens.value_or(m_profile.maxTokens);
    if (needed > window) {
        complete({}, LlmError::overContextWindow(m_profile.name, needed, window));
        return;
    }
    m_nam = m_client->networkFor(m_profile);
    if (!m_profile.caCertificates.isEmpty()) {
        QList<QSslCertificate> extra = QSslCertificate::fromPath(m_profile.caCertificates, QSsl::Pem);
        if (extra.isEmpty())
            extra = QSslCertificate::fromPath(m_profile.caCertificates, QSsl::Der);
        if (extra.isEmpty()) {
            complete({}, LlmError::unreadableCaFile(m_profile.caCertificates));
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extra); // in addition to the system's, never instead of them
        m_tls = tls;
    }
    m_body = ProviderCodec::body(m_profile, m_request, m_stream);
    if (isDeterministic(m_profile, m_request)) {
        m_cacheKey = ResponseCache::keyFor(m_profile.endpoint(), m_body);
        LlmCall *leader = m_client->m_inFlight.value(m_cacheKey);
        if (leader && leader != this && !leader->m_finished) {
            // An identical request is on its way: wait for its answer instead of sending another.
            m_merged = true;
            leader->m_followers.append(this);
            return;
        }
        m_client->m_inFlight.insert(m_cacheKey, this);
        if (ResponseCache *cache = m_client->cache()) {
            afterCacheLookup(cache->get(m_cacheKey));
            return;
        }
        if (ResponseCacheWorker *worker = m_client->cacheWorker()) {
            // Read on the cache's own thread; the request waits for the answer, the window does not.
            worker->get(m_cacheKey, this, [this](std::optional<ChatResponse> hit) { afterCacheLookup(hit); });
            return;
        }
    }
    startAttempt();
}

void LlmCall::afterCacheLookup(std::optional<ChatResponse> hit)
{
    if (m_finished)
        return;
    if (!hit) {
        startAttempt();
        return;
    }
    qCDebug(lcLlm) << "cache hit";
    ChatResponse r = restored(*hit);
    r.attempts = 0;
    if (!r.text.isEmpty()) {
        emit textDelta(r.text);
        for (const auto &f : std::as_const(m_followers))
            if (f)
                emit f->textDelta(r.text);
    }
    complete(r, std::nullopt);
}

void LlmCall::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_parser.reset();
    m_decoder.reset();
    m_plainBody.clear();
    m_isEventStream = false;
    m_timeoutError.reset();
    m_sslErrors.clear();
    QNetworkRequest req = ProviderCodec::httpRequest(m_profile, m_key, m_stream);
    if (m_tls)
        req.setSslConfiguration(*m_tls);
    qCDebug(lcLlm).noquote() << "POST" << req.url().toString(QUrl::RemoveUserInfo) << "attempt" << m_attempts;
    m_reply = m_nam->post(req, QJsonDocument(m_body).toJson(QJsonDocument::Compact));
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_connectTimer.stop();
        m_idleTimer.start(m_client->m_idleTimeout);
    });
    // Never ignored: the handshake fails and onReplyFinished() reports these in one sentence.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        for (const QSslError &e : errors)
            qCInfo(lcLlm).noquote() << "TLS error:" << e.errorString();
    });
    m_connectTimer.start(m_client->m_connectTimeout);
}

void LlmCall::onTimeout(bool connectPhase)
{
    if (!m_reply)
        return;
    qCInfo(lcLlm) << (connectPhase ? "connect timeout" : "inactivity timeout");
    m_timeoutError = LlmError::make(LlmError::Kind::Timeout,
                                    connectPhase ? u"no response headers in time"_s : u"no data in time"_s);
    m_reply->abort(); // finished() follows
}

void LlmCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_connectTimer.stop();
    m_idleTimer.start(m_client->m_idleTimeout);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status >= 300) {
        // An error answer is a short JSON object; keep its start, which names the problem, and stop reading.
        m_plainBody += bytes.left(kMaxErrorBytes - m_plainBody.size());
        if (m_plainBody.size() >= kMaxErrorBytes)
            m_reply->abort(); // finished() follows and reports the HTTP status
        return;
    }
    if (!m_stream) {
        appendPlain(bytes);
        return;
    }
    if (!m_parser) {
        m_isEventStream =
            m_reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"event-stream"_s);
        if (!m_isEventStream) {
            appendPlain(bytes); // the server ignored "stream": read a whole JSON answer
            return;
        }
        m_decoder = std::make_unique<StreamDecoder>(m_profile.provider, [this](const QString &delta) {
            m_delivered = true;
            const QString text = m_request.redact ? m_redactor.restoreStreaming(delta, false) : delta;
            if (!text.isEmpty()) {
                emit textDelta(text);
                for (const auto &f : std::as_const(m_followers))
                    if (f)
                        emit f->textDelta(text);
            }
        });
        m_parser = std::make_unique<SseParser>([this](const SseEvent &e) { m_decoder->handle(e); });
    }
    if (!m_isEventStream) {
        appendPlain(bytes);
        return;
    }
    if (!m_parser->feed(bytes)) {
        m_timeoutError =
            LlmError::make(LlmError::Kind::InvalidResponse, u"SSE line or buffer cap exceeded"_s);
        m_reply->abort();
        return;
    }
    if (m_decoder->error() || m_decoder->isDone())
        m_reply->abort(); // we have what we need; finished() follows
}

void LlmCall::appendPlain(const QByteArray &bytes)
{
    if (m_timeoutError)
        return; // over the cap already; the abort is under way
    if (m_plainBody.size() + bytes.size() > kMaxAnswerBytes) {
        // Capped like a streamed answer (SseParser's event cap): a runaway server cannot fill the memory.
        Error e =
            LlmError::make(LlmError::Kind::InvalidResponse, u"answer over %1 bytes"_s.arg(kMaxAnswerBytes));
        e.message = tr("The language-model service sent an answer larger than %1 MB, which was not read.")
                        .arg(kMaxAnswerBytes / (1024 * 1024));
        m_timeoutError = e;
        m_plainBody.clear();
        m_reply->abort(); // finished() follows
        return;
    }
    m_plainBody += bytes;
}

void LlmCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_connectTimer.stop();
    m_idleTimer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray retryAfterMs = reply->rawHeader("retry-after-ms");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorString = reply->errorString();
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    dropReply();

    if (m_decoder) {
        if (m_decoder->isDone() && !m_decoder->error()) {
            complete(m_decoder->response(), std::nullopt);
            return;
        }
        if (m_decoder->error()) {
            const Error e = *m_decoder->error();
            const auto kind = LlmError::kindOf(e);
            const bool retryable = kind == LlmError::Kind::Server || kind == LlmError::Kind::RateLimit;
            fail(e, retryable ? 500 : 400, {}, {}, false);
            return;
        }
        if (m_timeoutError) {
            fail(*m_timeoutError, 0, {}, {}, LlmError::kindOf(*m_timeoutError) == LlmError::Kind::Timeout);
            return;
        }
        // The stream ended without [DONE] / message_stop.
        m_parser->finish();
        fail(LlmError::make(LlmError::Kind::Incomplete, u"stream ended early: "_s + netErrorString), 0, {},
             {}, true);
        return;
    }
    if (m_timeoutError) {
        fail(*m_timeoutError, 0, {}, {}, LlmError::kindOf(*m_timeoutError) == LlmError::Kind::Timeout);
        return;
    }
    if (status == 407) { // the proxy wants a login; the same request would be refused again
        qCInfo(lcLlm).noquote() << "HTTP 407 from the proxy";
        fail(LlmError::fromNetwork(QNetworkReply::ProxyAuthenticationRequiredError, netErrorString,
                                   {m_profile.endpoint().host(), proxyLabel()}),
             0, {}, {}, false);
        return;
    }
    if (status >= 300) {
        fail(LlmError::fromHttp(status, m_plainBody), status, retryAfterMs, retryAfter, false);
        return;
    }
    if (netError != QNetworkReply::NoError) {
        const Error e = LlmError::fromNetwork(netError, netErrorString,
                                              {m_profile.endpoint().host(), proxyLabel()}, m_sslErrors);
        const auto kind = LlmError::kindOf(e);
        // TLS and proxy-login failures would fail the same way again: no retry.
        fail(e, 0, {}, {},
             kind == LlmError::Kind::Network || kind == LlmError::Kind::Timeout ||
                 kind == LlmError::Kind::Proxy);
        return;
    }
    auto parsed = ProviderCodec::parseResponse(m_profile.provider, m_plainBody);
    if (!parsed) {
        qCInfo(lcLlm).noquote() << "unreadable answer:"
                                << LlmError::scrub(QString::fromUtf8(m_plainBody.left(500)));
        fail(parsed.error(), 0, {}, {}, false);
        return;
    }
    ChatResponse r = parsed.value();
    if (!r.text.isEmpty()) {
        const QString text = m_request.redact ? m_redactor.restore(r.text) : r.text;
        emit textDelta(text);
        for (const auto &f : std::as_const(m_followers))
            if (f)
                emit f->textDelta(text);
    }
    complete(r, std::nullopt);
}

void LlmCall::fail(const Error &error, int status, const QByteArray &retryAfterMs,
                   const QByteArray &retryAfter, bool networkError)
{
    // A reasoning model refusing temperature, max_tokens or stream: drop them and try once more.
    if (status == 400 && !m_adapted && !m_profile.reasoning && !m_delivered) {
        const QString body = error.detail.toLower();
        if (body.contains(u"unsupported"_s) &&
            (body.contains(u"temperature"_s) || body.contains(u"max_tokens"_s) ||
             body.contains(u"stream"_s))) {
            m_adapted = true;
            m_profile.reasoning = true;
            if (body.contains(u"stream"_s))
                m_stream = false;
            m_body = ProviderCodec::body(m_profile, m_request, m_stream);
            qCInfo(lcLlm) << "retrying without parameters a reasoning model rejects";
            startAttempt();
            return;
        }
    }
    if (!m_delivered) {
        const auto delay =
            m_client->m_retry.nextDelay(int(m_delays.size()), status, networkError, retryAfterMs, retryAfter);
        if (delay) {
            qCInfo(lcLlm) << "retrying in" << delay->count() << "ms";
            m_delays.append(*delay);
            m_retryTimer.start(*delay);
            return;
        }
    }
    ChatResponse partial;
    if (m_decoder) {
        partial = m_decoder->response();
        partial.incomplete = m_delivered;
    }
    if (m_delivered && LlmError::kindOf(error) != LlmError::Kind::Cancelled) {
        qCInfo(lcLlm).noquote() << "stream failed after text was shown:" << error.detail;
        complete(partial, LlmError::make(LlmError::Kind::Incomplete, error.detail));
        return;
    }
    complete(partial, error);
}

QString LlmCall::proxyLabel() const
{
    QNetworkProxy proxy = LlmClient::proxyFor(m_profile);
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        // Asked only after a failure; the manager asked the same factory before sending.
        const QList<QNetworkProxy> system =
            QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(m_profile.endpoint()));
        proxy = system.value(0, QNetworkProxy::NoProxy);
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy ||
        proxy.hostName().isEmpty())
        return {};
    return u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
}

ChatResponse LlmCall::restored(ChatResponse raw)
{
    if (m_request.redact) {
        raw.text = m_redactor.restore(raw.text);
        for (ToolCall &c : raw.toolCalls)
            c.arguments = m_redactor.restore(c.arguments);
    }
    return raw;
}

void LlmCall::complete(ChatResponse response, std::optional<Error> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_retryTimer.stop();
    if (m_request.redact && m_delivered) {
        const QString tail = m_redactor.restoreStreaming(QString(), true);
        if (!tail.isEmpty())
            emit textDelta(tail);
    }
    const bool fromCache = response.fromCache;
    if (!error && !fromCache && !m_cacheKey.isEmpty() && m_client && !response.incomplete) {
        if (m_client->cache())
            m_client->cache()->put(m_cacheKey, response);
        else if (m_client->cacheWorker())
            m_client->cacheWorker()->put(m_cacheKey, response);
    }
    if (!fromCache)
        response = restored(response);
    response.attempts = m_attempts;
    response.cacheKey = m_cacheKey;
    m_response = response;
    m_error = error;
    if (m_client && !m_cacheKey.isEmpty() && m_client->m_inFlight.value(m_cacheKey) == this)
        m_client->m_inFlight.remove(m_cacheKey);
    const auto followers = m_followers;
    m_followers.clear();
    emit finished();
    for (const auto &f : followers) {
        if (!f || f->m_finished)
            continue;
        if (error && LlmError::kindOf(*error) == LlmError::Kind::Cancelled) {
            f->startAttempt(); // the leader was cancelled; this one still wants its answer
            continue;
        }
        ChatResponse copy = response;
        copy.usage = TokenUsage{};
        f->m_finished = true;
        f->m_response = copy;
        f->m_error = error;
        emit f->finished();
    }
}

void LlmCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void LlmCall::cancel()
{
    if (m_finished)
        return;
    dropReply();
    ChatResponse partial;
    if (m_decoder) {
        partial = m_decoder->response();
        partial.incomplete = m_delivered;
    }
    complete(partial, LlmError::make(LlmError::Kind::Cancelled));
}

} // namespace EventDesk
