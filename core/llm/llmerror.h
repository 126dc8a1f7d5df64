#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

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
        Keychain
    };

    static Error make(Kind kind, const QString &detail = {});
    static Error fromHttp(int status, const QByteArray &body);
    static Error fromNetwork(QNetworkReply::NetworkError error, const QString &errorString);
    static Kind kindOf(const Error &error); // from the message's detail prefix
    // Removes anything that looks like a key: Bearer tokens, sk-… strings, x-api-key values.
    static QString scrub(QString text);
};

} // namespace EventDesk
