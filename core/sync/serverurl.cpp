#include "serverurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("EventDesk::ServerUrl", text);
}
} // namespace

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s))
        return Error{ErrorCode::Usage,
                     tr("The server address must look like postgresql://member@host:5432/database."), text};
    ServerUrl out;
    const QUrlQuery query(url);
    out.host =
        query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    out.sslMode = query.queryItemValue(u"sslmode"_s);
    if (out.host.isEmpty())
        return Error{ErrorCode::Usage, tr("The server address names no host."), text};
    if (out.user.isEmpty())
        return Error{ErrorCode::Usage, tr("The server address names no member (postgresql://member@host/…)."),
                     text};
    if (out.database.isEmpty())
        out.database = out.user;
    if (out.sslMode.isEmpty())
        out.sslMode = out.isLocal() ? u"prefer"_s : u"verify-full"_s;
    return out;
}

bool ServerUrl::isLocal() const
{
    if (host.startsWith(u'/') || host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ServerUrl::display() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    if (host.startsWith(u'/')) {
        url.setHost(u"localhost"_s);
        url.setQuery(u"host="_s + host);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(u"/"_s + database);
    return url.toString();
}

QString ServerUrl::connectOptions() const
{
    return u"connect_timeout=5;sslmode="_s + sslMode + u";application_name=EventDesk"_s;
}

} // namespace EventDesk
