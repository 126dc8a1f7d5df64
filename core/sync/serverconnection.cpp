#include "serverconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ServerConnection::ServerConnection(ServerUrl url)
    : m_url(std::move(url)),
      m_name(u"eventdesk-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> ServerConnection::open()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("EventDesk::ServerConnection",
                                        "The PostgreSQL driver for Qt is not installed (libqt6sql6-psql)."),
            {}};
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setDatabaseName(m_url.database);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setConnectOptions(m_url.connectOptions());
    if (!db.open())
        return error(QCoreApplication::translate("EventDesk::ServerConnection",
                                                 "EventDesk could not connect to the team server %1.")
                         .arg(m_url.display()),
                     db.lastError().text());
    return {};
}

bool ServerConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase ServerConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Error ServerConnection::error(const QString &what, const QString &detail)
{
    QString message = what;
    if (detail.contains(u"password authentication failed"_s))
        message += u' ' + QCoreApplication::translate("EventDesk::ServerConnection",
                                                      "The server refused the member name or password.");
    else if (detail.contains(u"Connection refused"_s) || detail.contains(u"could not translate host"_s) ||
             detail.contains(u"timeout expired"_s) || detail.contains(u"server closed the connection"_s) ||
             detail.contains(u"no connection to the server"_s))
        message += u' ' + QCoreApplication::translate("EventDesk::ServerConnection",
                                                      "The server cannot be reached; your edits stay on this "
                                                      "computer and are sent at the next sync.");
    return Error{ErrorCode::Io, message, detail};
}

} // namespace EventDesk
