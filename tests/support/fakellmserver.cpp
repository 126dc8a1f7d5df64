#include "fakellmserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace EventDesk::Test
{

namespace
{

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList splitTokens(const QString &text, int size)
{
    QStringList out;
    QString current;
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        current += text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            current += text.at(++i);
        if (++count == size) {
            out << current;
            current.clear();
            count = 0;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QByteArray sse(const QByteArray &data, const QByteArray &event = {})
{
    QByteArray out;
    if (!event.isEmpty())
        out += "event: " + event + '\n';
    out += "data: " + data + "\n\n";
    return out;
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 400:
        return "HTTP/1.1 400 Bad Request\r\n";
    case 401:
        return "HTTP/1.1 401 Unauthorized\r\n";
    case 407:
        return "HTTP/1.1 407 Proxy Authentication Required\r\n";
    case 429:
        return "HTTP/1.1 429 Too Many Requests\r\n";
    default:
        return "HTTP/1.1 " + QByteArray::number(status) + " Internal Server Error\r\n";
    }
}

// Sends the prepared pieces one write at a time, then closes, keeps silent, or drops the connection.
struct Writer : QObject {
    enum class End { Close, KeepOpen, Abort };
    QPointer<QTcpSocket> socket;
    QList<QByteArray> pieces;
    int interval = 0;
    End end = End::Close;
    QTimer timer;

    void start()
    {
        timer.setInterval(interval);
        connect(&timer, &QTimer::timeout, this, &Writer::step);
        timer.start();
    }
    void step()
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer.stop();
            deleteLater();
            return;
        }
        if (socket->bytesToWrite() > 4 * 1024 * 1024)
            return; // the client reads slowly (or not at all): do not pile the answer up here
        if (!pieces.isEmpty()) {
            socket->write(pieces.takeFirst());
            socket->flush();
            return;
        }
        timer.stop();
        if (end == End::Close)
            socket->disconnectFromHost();
        else if (end == End::Abort)
            socket->abort();
        deleteLater();
    }
};

// The answer to a request for which tool calls were scripted: SSE events (streamed) or one JSON body.
QByteArray scriptedToolCalls(const QList<std::pair<QString, QString>> &calls, int request, bool anthropic,
                             bool stream, const QString &model)
{
    auto id = [&](int i) { return (anthropic ? u"toolu_%1_%2"_s : u"call_%1_%2"_s).arg(request).arg(i); };
    QByteArray body;
    if (anthropic && !stream) {
        QJsonArray content;
        for (int i = 0; i < calls.size(); ++i)
            content.append(
                QJsonObject{{u"type"_s, u"tool_use"_s},
                            {u"id"_s, id(i)},
                            {u"name"_s, calls.at(i).first},
                            {u"input"_s, QJsonDocument::fromJson(calls.at(i).second.toUtf8()).object()}});
        return compact({{u"id"_s, u"msg_1"_s},
                        {u"type"_s, u"message"_s},
                        {u"role"_s, u"assistant"_s},
                        {u"model"_s, model},
                        {u"content"_s, content},
                        {u"stop_reason"_s, u"tool_use"_s},
                        {u"usage"_s, QJsonObject{{u"input_tokens"_s, 11}, {u"output_tokens"_s, 5}}}});
    }
    if (!stream) {
        QJsonArray list;
        for (int i = 0; i < calls.size(); ++i)
            list.append(QJsonObject{{u"id"_s, id(i)},
                                    {u"type"_s, u"function"_s},
                                    {u"function"_s, QJsonObject{{u"name"_s, calls.at(i).first},
                                                                {u"arguments"_s, calls.at(i).second}}}});
        return compact(
            {{u"id"_s, u"chatcmpl-1"_s},
             {u"object"_s, u"chat.completion"_s},
             {u"model"_s, model},
             {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                   {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                              {u"content"_s, QJsonValue()},
                                                                              {u"tool_calls"_s, list}}},
                                                   {u"finish_reason"_s, u"tool_calls"_s}}}},
             {u"usage"_s,
              QJsonObject{{u"prompt_tokens"_s, 11}, {u"completion_tokens"_s, 5}, {u"total_tokens"_s, 16}}}});
    }
    if (anthropic) {
        body +=
            sse(compact({{u"type"_s, u"message_start"_s},
                         {u"message"_s, QJsonObject{{u"id"_s, u"msg_1"_s},
                                                    {u"type"_s, u"message"_s},
                                                    {u"role"_s, u"assistant"_s},
                                                    {u"model"_s, model},
                                                    {u"content"_s, QJsonArray()},
                                                    {u"usage"_s, QJsonObject{{u"input_tokens"_s, 11},
                                                                             {u"output_tokens"_s, 1}}}}}}),
                "message_start");
        for (int i = 0; i < calls.size(); ++i) {
            body += sse(compact({{u"type"_s, u"content_block_start"_s},
                                 {u"index"_s, i},
                                 {u"content_block"_s, QJsonObject{{u"type"_s, u"tool_use"_s},
                                                                  {u"id"_s, id(i)},
                                                                  {u"name"_s, calls.at(i).first},
                                                                  {u"input"_s, QJsonObject()}}}}),
                        "content_block_start");
            body += sse(compact({{u"type"_s, u"content_block_delta"_s},
                                 {u"index"_s, i},
                                 {u"delta"_s, QJsonObject{{u"type"_s, u"input_json_delta"_s},
                                                          {u"partial_json"_s, calls.at(i).second}}}}),
                        "content_block_delta");
            body +=
                sse(compact({{u"type"_s, u"content_block_stop"_s}, {u"index"_s, i}}), "content_block_stop");
        }
        body += sse(compact({{u"type"_s, u"message_delta"_s},
                             {u"delta"_s, QJsonObject{{u"stop_reason"_s, u"tool_use"_s}}},
                             {u"usage"_s, QJsonObject{{u"output_tokens"_s, 5}}}}),
                    "message_delta");
        body += sse(compact({{u"type"_s, u"message_stop"_s}}), "message_stop");
        return body;
    }
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
        return sse(compact(
            {{u"id"_s, u"chatcmpl-1"_s},
             {u"object"_s, u"chat.completion.chunk"_s},
             {u"model"_s, model},
             {u"choices"_s,
              QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}}}));
    };
    body += chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, QJsonValue()}}, QJsonValue());
    for (int i = 0; i < calls.size(); ++i)
        body += chunk(
            {{u"tool_calls"_s,
              QJsonArray{QJsonObject{{u"index"_s, i},
                                     {u"id"_s, id(i)},
                                     {u"type"_s, u"function"_s},
                                     {u"function"_s, QJsonObject{{u"name"_s, calls.at(i).first},
                                                                 {u"arguments"_s, calls.at(i).second}}}}}}},
            QJsonValue());
    body += chunk({}, u"tool_calls"_s);
    body += sse("[DONE]");
    return body;
}

} // namespace

QJsonObject FakeLlmServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent), m_server(std::make_unique<QTcpServer>()),
      m_answer(u"Hello from the fake model: Grüße, 你好 👋. The keynote is at 09:30."_s)
{
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        ++m_connectionCount;
        onConnection();
    });
    listen();
}

FakeLlmServer::FakeLlmServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent), m_tls(true),
      m_answer(u"Hello from the fake model: Grüße, 你好 👋. The keynote is at 09:30."_s)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    // A connection becomes pending once its handshake succeeded; a refused handshake never does.
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connectionCount; });
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeLlmServer::onConnection);
    m_server = std::move(server);
    listen();
}

void FakeLlmServer::listen()
{
    m_server->listen(QHostAddress::LocalHost, 0);
}

QString FakeLlmServer::testCertificatePath()
{
    return QStringLiteral(EVENTDESK_TEST_DATA_DIR "/tls/localhost-cert.pem");
}

QSslConfiguration FakeLlmServer::testTlsConfiguration()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile keyFile(QStringLiteral(EVENTDESK_TEST_DATA_DIR "/tls/localhost-key.pem"));
    if (keyFile.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setLocalCertificateChain(QSslCertificate::fromPath(testCertificatePath()));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the client shows no certificate
    return tls;
}

FakeLlmServer::~FakeLlmServer()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_server->serverPort()));
}

int FakeLlmServer::openConnections() const
{
    return int(m_buffers.size());
}

QByteArray FakeLlmServer::gzip(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

void FakeLlmServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption,
                                1); // no Nagle: every write is its own segment
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeLlmServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request r;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length").toLongLong();
    if (buf.size() < headerEnd + 4 + length)
        return;
    r.body = buf.mid(headerEnd + 4, length);
    buf.clear();
    m_requests.append(r);
    emit requestReceived();
    respond(socket, r);
}

void FakeLlmServer::respond(QTcpSocket *socket, const Request &request)
{
    Reply reply = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
    const QString text = reply.text.isEmpty() ? m_answer : reply.text;
    const QJsonObject in = request.json();
    const bool anthropic = request.path.endsWith("/messages");
    const bool stream = in.value(u"stream"_s).toBool();
    const bool includeUsage = in.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool();
    const QString model = in.value(u"model"_s).toString(u"fake-deployment"_s);
    Scenario s = reply.scenario;

    if (!reply.toolCalls.isEmpty()) {
        const QByteArray body =
            scriptedToolCalls(reply.toolCalls, int(m_requests.size()), anthropic, stream, model);
        auto *w = new Writer;
        w->setParent(this);
        w->socket = socket;
        w->pieces << statusLine(200) +
                         (stream ? "Content-Type: text/event-stream\r\n"
                                 : "Content-Type: application/json\r\n") +
                         "Content-Length: " + QByteArray::number(body.size()) +
                         "\r\nConnection: close\r\n\r\n" + body;
        w->start();
        return;
    }

    // Tool results coming back: answer with text.
    bool hasToolResult = false;
    for (const QJsonValue &m : in.value(u"messages"_s).toArray()) {
        if (m.toObject().value(u"role"_s).toString() == u"tool")
            hasToolResult = true;
        for (const QJsonValue &c : m.toObject().value(u"content"_s).toArray())
            if (c.toObject().value(u"type"_s).toString() == u"tool_result")
                hasToolResult = true;
    }
    if (s == Scenario::ToolCall && hasToolResult)
        s = Scenario::Normal;
    if (s == Scenario::ReasoningModel)
        s = in.contains(u"temperature"_s) || in.contains(u"max_tokens"_s) ? Scenario::ReasoningModel
                                                                          : Scenario::Normal;

    auto *w = new Writer;
    w->setParent(this);
    w->socket = socket;
    auto finishPlain = [&](int status, const QByteArray &body, const QByteArray &extraHeaders = {}) {
        w->pieces << statusLine(status) + "Content-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n" + extraHeaders +
                         "Connection: close\r\n\r\n" + body;
        w->start();
    };
    auto errorBody = [&](const QString &message, const QString &type, const QString &code) {
        if (anthropic)
            return compact({{u"type"_s, u"error"_s},
                            {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}});
        return compact({{u"error"_s, QJsonObject{{u"message"_s, message},
                                                 {u"type"_s, type},
                                                 {u"param"_s, QJsonValue()},
                                                 {u"code"_s, code}}}});
    };

    switch (s) {
    case Scenario::RateLimited: {
        QByteArray extra = "Retry-After: " + m_retryAfter + "\r\n";
        if (!m_retryAfterMs.isEmpty())
            extra += "retry-after-ms: " + m_retryAfterMs + "\r\n";
        finishPlain(
            429,
            errorBody(u"Rate limit reached for requests"_s, u"rate_limit_error"_s, u"rate_limit_exceeded"_s),
            extra);
        return;
    }
    case Scenario::ServerError:
        finishPlain(500, errorBody(u"The server had an error while processing your request."_s,
                                   u"server_error"_s, {}));
        return;
    case Scenario::Unauthorized:
        finishPlain(401, errorBody(u"Incorrect API key provided: sk-test***5678."_s,
                                   anthropic ? u"authentication_error"_s : u"invalid_request_error"_s,
                                   u"invalid_api_key"_s));
        return;
    case Scenario::ProxyAuthRequired: {
        const QByteArray body = "<html><body>Proxy login required</body></html>";
        w->pieces << statusLine(407) +
                         "Proxy-Authenticate: Basic realm=\"corp\"\r\n"
                         "Content-Type: text/html\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        w->start();
        return;
    }
    case Scenario::EndlessJson:
    case Scenario::EndlessError: {
        // 1 GB in 1 MB pieces that share one buffer: the server itself stays small.
        const QByteArray megabyte(1024 * 1024, ' ');
        w->pieces << statusLine(s == Scenario::EndlessJson ? 200 : 500) +
                         "Content-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(1024ll * megabyte.size()) + "\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < 1024; ++i)
            w->pieces << megabyte;
        w->start();
        return;
    }
    case Scenario::ReasoningModel:
        finishPlain(400,
                    errorBody(u"Unsupported parameter: 'temperature' is not supported with this model."_s,
                              u"invalid_request_error"_s, u"unsupported_parameter"_s));
        return;
    default:
        break;
    }

    QString answer = text;
    if (s == Scenario::Huge) {
        const QString line =
            u"All work and no play makes Jack a dull boy. 0123456789 abcdefghij ABCDEFGHIJ.\n"_s;
        answer = line.repeated(2 * 1024 * 1024 / int(line.size()) + 1);
    }
    const QStringList tokens = splitTokens(answer, s == Scenario::Huge ? 1024 : m_tokenSize);
    const QJsonObject usageOpenAi{{u"prompt_tokens"_s, 11},
                                  {u"completion_tokens"_s, tokens.size()},
                                  {u"total_tokens"_s, 11 + tokens.size()}};

    if (!stream || s == Scenario::InvalidJson) {
        QByteArray body;
        if (s == Scenario::InvalidJson) {
            body = "{\"id\": \"chatcmpl-1\", \"choices\": [ oops";
        } else if (anthropic) {
            body = compact(
                {{u"id"_s, u"msg_1"_s},
                 {u"type"_s, u"message"_s},
                 {u"model"_s, model},
                 {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, answer}}}},
                 {u"stop_reason"_s, u"end_turn"_s},
                 {u"usage"_s, QJsonObject{{u"input_tokens"_s, 11}, {u"output_tokens"_s, tokens.size()}}}});
        } else {
            body = compact(
                {{u"id"_s, u"chatcmpl-1"_s},
                 {u"object"_s, u"chat.completion"_s},
                 {u"model"_s, model},
                 {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                       {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                                  {u"content"_s, answer}}},
                                                       {u"finish_reason"_s, u"stop"_s}}}},
                 {u"usage"_s, usageOpenAi}});
        }
        if (s == Scenario::Gzip) {
            finishPlain(200, gzip(body), "Content-Encoding: gzip\r\n");
            return;
        }
        if (s == Scenario::OneBytePerWrite) {
            const QByteArray all = statusLine(200) + "Content-Type: application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            for (char c : all)
                w->pieces << QByteArray(1, c);
            w->start();
            return;
        }
        finishPlain(200, body);
        return;
    }

    // SSE events, one piece each.
    QList<QByteArray> events;
    if (anthropic) {
        events << sse(
            compact({{u"type"_s, u"message_start"_s},
                     {u"message"_s, QJsonObject{{u"id"_s, u"msg_1"_s},
                                                {u"type"_s, u"message"_s},
                                                {u"role"_s, u"assistant"_s},
                                                {u"model"_s, model},
                                                {u"content"_s, QJsonArray()},
                                                {u"usage"_s, QJsonObject{{u"input_tokens"_s, 11},
                                                                         {u"output_tokens"_s, 1}}}}}}),
            "message_start");
        events << sse(
            compact({{u"type"_s, u"content_block_start"_s},
                     {u"index"_s, 0},
                     {u"content_block"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u""_s}}}}),
            "content_block_start");
        events << sse("{\"type\": \"ping\"}", "ping");
        const QStringList parts = s == Scenario::ToolCall ? QStringList{u"Let me look that up."_s} : tokens;
        for (const QString &t : parts)
            events << sse(compact({{u"type"_s, u"content_block_delta"_s},
                                   {u"index"_s, 0},
                                   {u"delta"_s, QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, t}}}}),
                          "content_block_delta");
        events << sse("{\"type\":\"content_block_stop\",\"index\":0}", "content_block_stop");
        if (s == Scenario::ToolCall) {
            events << sse(compact({{u"type"_s, u"content_block_start"_s},
                                   {u"index"_s, 1},
                                   {u"content_block"_s, QJsonObject{{u"type"_s, u"tool_use"_s},
                                                                    {u"id"_s, u"toolu_01"_s},
                                                                    {u"name"_s, u"search_sessions"_s},
                                                                    {u"input"_s, QJsonObject()}}}}),
                          "content_block_start");
            for (const char *frag : {"", "{\"query\": ", "\"keyn", "ote\"}"})
                events << sse(
                    compact({{u"type"_s, u"content_block_delta"_s},
                             {u"index"_s, 1},
                             {u"delta"_s, QJsonObject{{u"type"_s, u"input_json_delta"_s},
                                                      {u"partial_json"_s, QString::fromUtf8(frag)}}}}),
                    "content_block_delta");
            events << sse("{\"type\":\"content_block_stop\",\"index\":1}", "content_block_stop");
        }
        events << sse(
            compact({{u"type"_s, u"message_delta"_s},
                     {u"delta"_s,
                      QJsonObject{{u"stop_reason"_s, s == Scenario::ToolCall ? u"tool_use"_s : u"end_turn"_s},
                                  {u"stop_sequence"_s, QJsonValue()}}},
                     {u"usage"_s, QJsonObject{{u"output_tokens"_s, parts.size()}}}}),
            "message_delta");
        events << sse("{\"type\":\"message_stop\"}", "message_stop");
    } else {
        auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
            return sse(compact(
                {{u"id"_s, u"chatcmpl-1"_s},
                 {u"object"_s, u"chat.completion.chunk"_s},
                 {u"model"_s, model},
                 {u"choices"_s, QJsonArray{QJsonObject{
                                    {u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}}}));
        };
        events << chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue());
        if (s == Scenario::ToolCall) {
            auto call = [&](int index, const QJsonObject &fn, const QString &id = {}) {
                QJsonObject c{{u"index"_s, index}, {u"function"_s, fn}};
                if (!id.isEmpty()) {
                    c.insert(u"id"_s, id);
                    c.insert(u"type"_s, u"function"_s);
                }
                return chunk({{u"tool_calls"_s, QJsonArray{c}}}, QJsonValue());
            };
            events << call(0, {{u"name"_s, u"search_sessions"_s}, {u"arguments"_s, u""_s}}, u"call_a"_s);
            events << call(1, {{u"name"_s, u"get_weather"_s}, {u"arguments"_s, u""_s}}, u"call_b"_s);
            events << call(0, {{u"arguments"_s, u"{\"query\":"_s}});
            events << call(1, {{u"arguments"_s, u"{\"city\":\"Berlin\"}"_s}});
            events << call(0, {{u"arguments"_s, u"\"keynote\"}"_s}});
            events << chunk({}, u"tool_calls"_s);
        } else {
            for (const QString &t : tokens)
                events << chunk({{u"content"_s, t}}, QJsonValue());
            events << chunk({}, u"stop"_s);
        }
        if (includeUsage)
            events << sse(compact({{u"id"_s, u"chatcmpl-1"_s},
                                   {u"object"_s, u"chat.completion.chunk"_s},
                                   {u"model"_s, model},
                                   {u"choices"_s, QJsonArray()},
                                   {u"usage"_s, usageOpenAi}}));
        events << sse("[DONE]");
    }
    if (s == Scenario::Comments) {
        QList<QByteArray> withComments{": OPENROUTER PROCESSING\n\n", ":\n"};
        int n = 0;
        for (const QByteArray &e : std::as_const(events)) {
            withComments << (anthropic ? e : "id: " + QByteArray::number(++n) + "\nevent: message\n" + e);
            withComments << ": keep-alive\n\n";
        }
        events = withComments;
    }
    if (s == Scenario::Crlf)
        for (QByteArray &e : events)
            e.replace("\n", "\r\n");
    if (s == Scenario::ErrorMidStream) {
        events = events.mid(0, qMax<qsizetype>(3, events.size() / 2));
        events << (anthropic ? sse("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":"
                                   "\"Overloaded\"}}",
                                   "error")
                             : sse("{\"error\":{\"message\":\"The server had an error while processing your "
                                   "request.\",\"type\":\"server_error\",\"code\":null}}"));
    }
    bool endChunked = true;
    if (s == Scenario::CutShort) {
        events = events.mid(0, qMax<qsizetype>(3, events.size() / 2));
        w->end = Writer::End::Abort;
        endChunked = false;
    }
    if (s == Scenario::Stalled) {
        events = events.mid(0, 2);
        w->end = Writer::End::KeepOpen;
        endChunked = false;
    }

    QByteArray head = statusLine(200) +
                      "Content-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-cache\r\n"
                      "Transfer-Encoding: chunked\r\nConnection: close\r\n";
    if (s == Scenario::Gzip) {
        QByteArray all;
        for (const QByteArray &e : std::as_const(events))
            all += e;
        events = {gzip(all)};
        head += "Content-Encoding: gzip\r\n";
    }
    head += "\r\n";
    QList<QByteArray> pieces{head};
    for (const QByteArray &e : std::as_const(events))
        pieces << QByteArray::number(e.size(), 16) + "\r\n" + e + "\r\n";
    if (endChunked)
        pieces << "0\r\n\r\n";
    if (s == Scenario::OneBytePerWrite) {
        QByteArray all;
        for (const QByteArray &p : std::as_const(pieces))
            all += p;
        pieces.clear();
        for (char c : std::as_const(all))
            pieces << QByteArray(1, c);
    }
    w->pieces = pieces;
    w->interval = s == Scenario::Slow ? 30 : 0;
    w->start();
}

} // namespace EventDesk::Test
