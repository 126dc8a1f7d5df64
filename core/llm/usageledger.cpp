#include "usageledger.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace EventDesk
{

UsageLedger::UsageLedger(const QString &path)
{
    QString file = path;
    if (file.isEmpty())
        file = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(u"llm-usage.sqlite"_s);
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_connection = u"eventdesk-llm-usage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(file);
    if (!db.open())
        return;
    QSqlQuery q(db);
    m_open =
        q.exec(u"CREATE TABLE IF NOT EXISTS llm_usage (scope TEXT PRIMARY KEY, requests INTEGER NOT NULL, "
               "input INTEGER NOT NULL, output INTEGER NOT NULL, cost REAL NOT NULL)"_s);
    if (!m_open)
        qCWarning(lcLlm) << "usage ledger schema failed" << q.lastError().text();
}

UsageLedger::~UsageLedger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void UsageLedger::record(const QString &scope, const TokenUsage &usage, double cost)
{
    if (!m_open)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO llm_usage (scope, requests, input, output, cost) VALUES (?, 1, ?, ?, ?) "
              "ON CONFLICT(scope) DO UPDATE SET requests = requests + 1, input = input + excluded.input, "
              "output = output + excluded.output, cost = cost + excluded.cost"_s);
    q.addBindValue(scope);
    q.addBindValue(usage.inputTokens);
    q.addBindValue(usage.outputTokens);
    q.addBindValue(cost);
    if (!q.exec())
        qCWarning(lcLlm) << "usage ledger write failed" << q.lastError().text();
}

UsageLedger::Totals UsageLedger::totals(const QString &scope) const
{
    Totals t;
    if (!m_open)
        return t;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT requests, input, output, cost FROM llm_usage WHERE scope = ?"_s);
    q.addBindValue(scope);
    if (q.exec() && q.next())
        t = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
             q.value(3).toDouble()};
    return t;
}

} // namespace EventDesk
