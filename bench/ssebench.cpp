// SSE benchmarks with same-run baselines:
//  - parsing a generated 50 MB OpenAI-style stream (MB/s) against a plain memchr line split of the same
//  bytes;
//  - the per-token cost from socket to LlmClient's textDelta over loopback against reading the same bytes
//    from a raw QTcpSocket.
//   EVENTDESK_BENCH_SSE_MB (default 50) and EVENTDESK_BENCH_TOKENS (default 20000) set the sizes.
#include "llm/llmclient.h"
#include "llm/sseparser.h"
#include "llm/streamdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>

#include <benchmark/benchmark.h>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : fallback;
}

QByteArray tokenEvent(int i)
{
    return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\","
           "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok" +
           QByteArray::number(i % 1000) + " \"},\"finish_reason\":null}]}\n\n";
}

// A recorded-style stream: token chunks with a keep-alive comment now and then, CRLF in every 7th event.
const QByteArray &stream()
{
    static const QByteArray bytes = [] {
        const qsizetype target = qsizetype(envInt("EVENTDESK_BENCH_SSE_MB", 50)) * 1024 * 1024;
        QByteArray out;
        out.reserve(target + 1024);
        for (int i = 0; out.size() < target; ++i) {
            QByteArray e = tokenEvent(i);
            if (i % 7 == 0)
                e.replace("\n", "\r\n");
            out += e;
            if (i % 100 == 0)
                out += ": keep-alive\n\n";
        }
        out += "data: [DONE]\n\n";
        return out;
    }();
    return bytes;
}

constexpr qsizetype kChunk = 16 * 1024; // what a socket read typically hands over

void BM_SseParse(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    qint64 events = 0;
    for (auto _ : state) {
        SseParser parser([&](const SseEvent &e) { events += e.data.size() > 0; });
        for (qsizetype pos = 0; pos < bytes.size(); pos += kChunk)
            parser.feed(QByteArrayView(bytes).sliced(pos, qMin(kChunk, bytes.size() - pos)));
    }
    benchmark::DoNotOptimize(events);
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["events"] = double(events) / double(state.iterations());
}

// Baseline: the least any line-based parser must do, a memchr split of the same bytes into lines.
void BM_Baseline_MemchrLineSplit(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    qint64 lines = 0;
    for (auto _ : state) {
        for (qsizetype pos = 0; pos < bytes.size(); pos += kChunk) {
            const char *p = bytes.constData() + pos;
            const char *end = p + qMin(kChunk, bytes.size() - pos);
            while (const void *nl = std::memchr(p, '\n', size_t(end - p))) {
                ++lines;
                p = static_cast<const char *>(nl) + 1;
            }
        }
    }
    benchmark::DoNotOptimize(lines);
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// Parsing plus JSON decoding of every chunk: what a stream really costs before the text reaches a callback.
void BM_SseParseAndDecode(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    qint64 chars = 0;
    for (auto _ : state) {
        StreamDecoder decoder(ProviderKind::OpenAiCompatible, [&](const QString &t) { chars += t.size(); });
        SseParser parser([&](const SseEvent &e) { decoder.handle(e); });
        for (qsizetype pos = 0; pos < bytes.size(); pos += kChunk)
            parser.feed(QByteArrayView(bytes).sliced(pos, qMin(kChunk, bytes.size() - pos)));
    }
    benchmark::DoNotOptimize(chars);
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// A loopback server that answers every request with the same chunked SSE response, one write per event.
class StreamServer : public QTcpServer
{
public:
    explicit StreamServer(int tokens)
    {
        for (int i = 0; i < tokens; ++i) {
            const QByteArray e = tokenEvent(i);
            m_body += QByteArray::number(e.size(), 16) + "\r\n" + e + "\r\n";
        }
        const QByteArray done = "data: [DONE]\n\n";
        m_body += QByteArray::number(done.size(), 16) + "\r\n" + done + "\r\n0\r\n\r\n";
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    const qsizetype end = m_request.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray lower = m_request.left(end).toLower();
                    const qsizetype at = lower.indexOf("content-length:");
                    const qsizetype cl =
                        at < 0 ? 0 : lower.mid(at + 15).split('\r').value(0).trimmed().toLongLong();
                    if (m_request.size() < end + 4 + cl)
                        return;
                    m_request.clear();
                    s->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                        "Connection: close\r\n\r\n");
                    s->write(m_body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    qsizetype bodySize() const { return m_body.size(); }

private:
    QByteArray m_body;
    QByteArray m_request;
};

void BM_TokenSocketToCallback(benchmark::State &state)
{
    const int tokens = envInt("EVENTDESK_BENCH_TOKENS", 20000);
    StreamServer server(tokens);
    LlmClient client;
    ProviderProfile profile;
    profile.baseUrl = u"http://127.0.0.1:%1/v1"_s.arg(server.serverPort());
    profile.model = u"gpt-4o-mini"_s;
    profile.proxy = u"none"_s;
    ChatRequest request;
    request.messages = {{ChatMessage::Role::User, u"go"_s, {}, {}, {}}};
    request.useCache = false;
    request.redact = false;
    qint64 deltas = 0;
    for (auto _ : state) {
        LlmCall *call = client.send(profile, request, QString());
        QObject::connect(call, &LlmCall::textDelta, call, [&](const QString &) { ++deltas; });
        QEventLoop loop;
        QObject::connect(call, &LlmCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (call->error())
            state.SkipWithError("stream failed");
        delete call;
    }
    state.counters["tokens"] = double(deltas) / double(state.iterations());
    state.counters["ns_per_token"] =
        benchmark::Counter(double(deltas), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Baseline: the same response read from a raw QTcpSocket, with no HTTP, SSE or JSON work.
void BM_Baseline_RawSocketRead(benchmark::State &state)
{
    const int tokens = envInt("EVENTDESK_BENCH_TOKENS", 20000);
    StreamServer server(tokens);
    qint64 bytes = 0;
    for (auto _ : state) {
        QTcpSocket socket;
        QEventLoop loop;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { bytes += socket.readAll().size(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        loop.exec();
    }
    benchmark::DoNotOptimize(bytes);
    state.counters["ns_per_token"] =
        benchmark::Counter(double(tokens) * double(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

} // namespace

BENCHMARK(BM_SseParse)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Baseline_MemchrLineSplit)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SseParseAndDecode)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TokenSocketToCallback)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Baseline_RawSocketRead)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
