#include "llmerror.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString kindTag(LlmError::Kind kind)
{
    return u"llm:%1 "_s.arg(int(kind));
}
} // namespace

Error LlmError::make(Kind kind, const QString &detail)
{
    QString message;
    ErrorCode code = ErrorCode::Io;
    switch (kind) {
    case Kind::BadKey:
        message = tr("The language-model service rejected the API key; check the key for this profile.");
        break;
    case Kind::RateLimit:
        message = tr("The language-model service is rate limiting requests; try again in a moment.");
        break;
    case Kind::Quota:
        message = tr("The language-model account has run out of quota or credit.");
        break;
    case Kind::UnknownModel:
        message = tr("The language-model service does not know the model named in this profile.");
        break;
    case Kind::ContextTooLong:
        message = tr("The request is too long for the model's context window.");
        break;
    case Kind::BadRequest:
        message = tr("The language-model service refused the request as invalid.");
        break;
    case Kind::Network:
        message = tr("The language-model service could not be reached; check the address and network.");
        break;
    case Kind::Timeout:
        message = tr("The language-model service stopped responding, so the request timed out.");
        break;
    case Kind::Tls:
        message = tr("A secure connection to the language-model service could not be established.");
        break;
    case Kind::Server:
        message = tr("The language-model service had an internal problem; try again later.");
        break;
    case Kind::InvalidResponse:
        message = tr("The language-model service sent an answer that could not be read.");
        break;
    case Kind::Incomplete:
        message = tr("The answer was cut off before it was complete.");
        break;
    case Kind::Cancelled:
        message = tr("The request was cancelled.");
        code = ErrorCode::Cancelled;
        break;
    case Kind::NoKey:
        message = tr("No API key is available for this profile; set EVENTDESK_API_KEY or store the key "
                     "in the keychain.");
        code = ErrorCode::Validation;
        break;
    case Kind::Keychain:
        message = tr("The key could not be read from the system keychain.");
        break;
    case Kind::Proxy:
        message = tr("The proxy could not be reached; check the proxy setting of this profile.");
        break;
    case Kind::ProxyAuth:
        message = tr("The proxy refused the request because it requires a login.");
        break;
    }
    return Error{code, message, kindTag(kind) + scrub(detail)};
}

LlmError::Kind LlmError::kindOf(const Error &error)
{
    static const QRegularExpression re(u"^llm:(\\d+) "_s);
    const auto m = re.match(error.detail);
    return m.hasMatch() ? Kind(m.captured(1).toInt()) : Kind::Network;
}

Error LlmError::fromHttp(int status, const QByteArray &body)
{
    const QString raw = QString::fromUtf8(body.left(4000));
    qCInfo(lcLlm).noquote() << "HTTP" << status << scrub(raw);
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject err = root.value(u"error"_s).toObject();
    const QString type = err.value(u"type"_s).toString() + u' ' + err.value(u"code"_s).toString();
    const QString msg = err.value(u"message"_s).toString().toLower();
    const QString detail = u"HTTP %1: %2"_s.arg(status).arg(raw);
    if (status == 401 || status == 403 || type.contains(u"authentication"_s) ||
        type.contains(u"invalid_api_key"_s))
        return make(Kind::BadKey, detail);
    if (type.contains(u"insufficient_quota"_s) || msg.contains(u"quota"_s) || msg.contains(u"credit"_s) ||
        status == 402)
        return make(Kind::Quota, detail);
    if (status == 429)
        return make(Kind::RateLimit, detail);
    if (type.contains(u"context_length"_s) || msg.contains(u"context length"_s) ||
        msg.contains(u"too long"_s) || msg.contains(u"maximum context"_s))
        return make(Kind::ContextTooLong, detail);
    if (status == 404 || type.contains(u"model_not_found"_s) ||
        (msg.contains(u"model"_s) && (msg.contains(u"not found"_s) || msg.contains(u"does not exist"_s))))
        return make(Kind::UnknownModel, detail);
    if (status >= 500 || type.contains(u"overloaded"_s) || type.contains(u"server_error"_s))
        return make(Kind::Server, detail);
    return make(Kind::BadRequest, detail);
}

Error LlmError::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const Where &where,
                            const QList<QSslError> &sslErrors)
{
    qCInfo(lcLlm).noquote() << "network error" << int(error) << scrub(errorString);
    // Through an HTTP proxy, Qt connects to the proxy itself: a refused or unknown host is the proxy.
    if (!where.proxy.isEmpty() &&
        (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError))
        error = QNetworkReply::ProxyConnectionRefusedError;
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        if (!sslErrors.isEmpty() && !where.host.isEmpty())
            return fromSslErrors(where.host, sslErrors);
        if (!where.host.isEmpty()) {
            Error e = make(Kind::Tls, errorString);
            e.message = tr("A secure connection to %1 could not be established.").arg(where.host);
            return e;
        }
        return make(Kind::Tls, errorString);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError: {
        Error e = make(Kind::Proxy, errorString);
        if (!where.proxy.isEmpty())
            e.message = tr("The proxy %1 could not be reached; check the proxy setting of this profile.")
                            .arg(where.proxy);
        return e;
    }
    case QNetworkReply::ProxyAuthenticationRequiredError: {
        Error e = make(Kind::ProxyAuth, errorString);
        if (!where.proxy.isEmpty())
            e.message = tr("The proxy %1 refused the request because it requires a login.").arg(where.proxy);
        return e;
    }
    case QNetworkReply::TooManyRedirectsError:
        return make(Kind::Network, errorString);
    case QNetworkReply::TimeoutError:
        return make(Kind::Timeout, errorString);
    case QNetworkReply::OperationCanceledError:
        return make(Kind::Cancelled, errorString);
    default:
        return make(Kind::Network, errorString);
    }
}

Error LlmError::fromSslErrors(const QString &host, const QList<QSslError> &errors)
{
    QStringList details;
    bool untrusted = false;
    bool wrongHost = false;
    bool expired = false;
    for (const QSslError &e : errors) {
        details << e.errorString();
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            untrusted = true;
            break;
        case QSslError::HostNameMismatch:
            wrongHost = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        default:
            break;
        }
    }
    qCInfo(lcLlm).noquote() << "TLS errors for" << host << details.join(u"; "_s);
    Error e = make(Kind::Tls, details.join(u"; "_s));
    if (untrusted)
        e.message = tr("The certificate of %1 is not trusted, so no secure connection was made; behind a "
                       "company proxy that inspects TLS, add its CA certificate to this profile.")
                        .arg(host);
    else if (wrongHost)
        e.message = tr("The certificate of %1 was issued for a different host, so no secure connection "
                       "was made.")
                        .arg(host);
    else if (expired)
        e.message =
            tr("The certificate of %1 has expired or is not yet valid, so no secure connection was made.")
                .arg(host);
    else
        e.message = tr("A secure connection to %1 could not be established.").arg(host);
    return e;
}

Error LlmError::unreadableCaFile(const QString &path)
{
    Error e = make(Kind::Tls, u"no certificate in "_s + path);
    e.code = ErrorCode::Validation;
    e.message = tr("The CA certificate file %1 could not be read or holds no certificate.").arg(path);
    return e;
}

Error LlmError::overContextWindow(const QString &profile, int estimatedTokens, int contextWindow)
{
    Error e = make(Kind::ContextTooLong,
                   u"estimated %1 tokens, window %2"_s.arg(estimatedTokens).arg(contextWindow));
    e.code = ErrorCode::Validation;
    e.message = tr("This request is about %L1 tokens, more than the %L2-token context window of profile "
                   "\"%3\"; shorten it or raise the profile's context window.")
                    .arg(estimatedTokens)
                    .arg(contextWindow)
                    .arg(profile);
    return e;
}

QString LlmError::scrub(QString text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"(?i)(bearer\\s+)[^\\s\"',]+"_s),
        QRegularExpression(u"(?i)((?:x-)?api[-_]?key[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',]+"_s),
        QRegularExpression(u"\\bsk-[A-Za-z0-9_\\-]{6,}"_s),
    };
    text.replace(patterns[0], u"\\1[key removed]"_s);
    text.replace(patterns[1], u"\\1[key removed]"_s);
    text.replace(patterns[2], u"[key removed]"_s);
    return text;
}

} // namespace EventDesk
