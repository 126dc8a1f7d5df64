#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <utility>

class QTcpSocket;

namespace EventDesk::Test
{

// A language-model server on a free loopback port speaking HTTP/1.1 byte for byte: OpenAI Chat
// Completions (JSON and SSE, chunked) and Anthropic Messages (SSE with event: lines). Each request takes
// the next queued reply, or the default one. Requests to a path ending in /messages get Anthropic's format.
// It also serves as an HTTP proxy for plain http: requests in absolute form ("POST http://host/v1/…")
// are answered the same way, and Request::path keeps the absolute URL. With a QSslConfiguration it
// speaks HTTPS (a QSslServer).
class FakeLlmServer : public QObject
{
    Q_OBJECT

public:
    enum class Scenario {
        Normal,            // SSE (or JSON when the request does not stream)
        OneBytePerWrite,   // every byte of the response in its own write
        Crlf,              // SSE lines end in \r\n
        Comments,          // comment lines, event: and id: fields, keep-alives
        Slow,              // 30 ms between events
        Stalled,           // headers and one event, then silence with the connection open
        CutShort,          // half the events, then the connection closes mid-stream
        ErrorMidStream,    // some text, then an error object (OpenAI) or event: error (Anthropic)
        RateLimited,       // 429 with Retry-After (retryAfter) and optionally retry-after-ms
        ServerError,       // 500 with a JSON error
        InvalidJson,       // 200 with a body (or an SSE event) that is not JSON
        Unauthorized,      // 401 invalid_api_key
        ReasoningModel,    // 400 unsupported_parameter when temperature or max_tokens is sent, else Normal
        Huge,              // a 2 MB answer
        Gzip,              // Content-Encoding: gzip
        ToolCall,          // streamed tool calls (two, interleaved by index); Normal once tool results arrive
        ProxyAuthRequired, // 407 with Proxy-Authenticate, as a proxy asking for a login
        EndlessJson,       // 200 application/json announcing 1 GB, sent as fast as it is read
        EndlessError,      // 500 application/json announcing 1 GB, sent as fast as it is read
    };
    struct Reply {
        Scenario scenario = Scenario::Normal;
        QString text;                                 // empty: answerText()
        QList<std::pair<QString, QString>> toolCalls; // non-empty: answer with these calls (name, arguments)
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json() const;
    };

    explicit FakeLlmServer(QObject *parent = nullptr);
    // HTTPS with this certificate and key (see tests/data/tls).
    explicit FakeLlmServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~FakeLlmServer() override;

    // The test identity in tests/data/tls: a self-signed certificate for 127.0.0.1 and its key.
    static QSslConfiguration testTlsConfiguration();
    static QString testCertificatePath();

    QUrl baseUrl() const; // http://127.0.0.1:PORT or https://… (no /v1)
    void enqueue(Scenario scenario, const QString &text = {}) { m_queue.append({scenario, text, {}}); }
    // The next request is answered with these tool calls (name, arguments as JSON text), streamed or whole
    // as the request asks, in its provider's format; ids are call_R_I (OpenAI) or toolu_R_I (Anthropic),
    // R counting the requests from 1 and I the calls from 0.
    void enqueueToolCalls(const QList<std::pair<QString, QString>> &calls)
    {
        m_queue.append({Scenario::Normal, {}, calls});
    }
    void setDefault(Scenario scenario) { m_default = {scenario, {}, {}}; }
    void setAnswerText(const QString &text) { m_answer = text; }
    QString answerText() const { return m_answer; }
    void setRetryAfter(const QByteArray &seconds, const QByteArray &ms = {})
    {
        m_retryAfter = seconds;
        m_retryAfterMs = ms;
    }
    // The answer is split into tokens of this many characters (one SSE event each).
    void setTokenSize(int characters) { m_tokenSize = characters; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int openConnections() const;
    int connectionCount() const { return m_connectionCount; } // accepted (TLS: handshakes begun)

    static QByteArray gzip(const QByteArray &data);

signals:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    void listen();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_connectionCount = 0;
    QList<Reply> m_queue;
    Reply m_default;
    QString m_answer;
    QByteArray m_retryAfter = "1";
    QByteArray m_retryAfterMs;
    int m_tokenSize = 4;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace EventDesk::Test
