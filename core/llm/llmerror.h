#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>

namespace EventDesk
{

// Turns what went wrong into one short sentence for people. The raw body goes to the eventdesk.llm
// category (with keys removed) and into Error::detail.
class LlmError
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::LlmError)

public:
    enum class Kind {
        BadKey,
        RateLimit,
        Quota,
        UnknownModel,
        ContextTooLong,
        BadRequest,
        Network,
        Timeout,
        Tls,
        Server,
        InvalidResponse,
        Incomplete,
        Cancelled,
        NoKey,
        Keychain,
        Proxy,     // the proxy could not be reached or broke the connection
        ProxyAuth, // the proxy answered 407
    };

    // What a network error is about, so the sentence can name it.
    struct Where {
        QString host;  // the service's host, e.g. api.openai.com
        QString proxy; // host:port of the proxy in use; empty: none
    };

    static Error make(Kind kind, const QString &detail = {});
    static Error fromHttp(int status, const QByteArray &body);
    static Error fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                             const Where &where = {}, const QList<QSslError> &sslErrors = {});
    // Certificate problems: one sentence naming the host (Kind::Tls).
    static Error fromSslErrors(const QString &host, const QList<QSslError> &errors);
    // A profile's extra CA certificate file that could not be used (Kind::Tls).
    static Error unreadableCaFile(const QString &path);
    // A request estimated at more tokens (prompt and longest answer) than the profile's context window
    // (Kind::ContextTooLong), refused before sending.
    static Error overContextWindow(const QString &profile, int estimatedTokens, int contextWindow);
    static Kind kindOf(const Error &error); // from the message's detail prefix
    // Removes anything that looks like a key: Bearer tokens, sk-… strings, x-api-key values.
    static QString scrub(QString text);
};

} // namespace EventDesk
