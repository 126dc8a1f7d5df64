#include "assistantstore.h"

#include "eventstore.h"
#include "recordcodec.h"
#include "storeaccess.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

namespace
{

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

std::optional<AssistantProposal::State> stateFromName(const QString &name)
{
    for (auto s : {AssistantProposal::State::Pending, AssistantProposal::State::Applied,
                   AssistantProposal::State::Rejected})
        if (AssistantProposal::stateName(s) == name)
            return s;
    return std::nullopt;
}

AssistantProposal proposalFrom(const QSqlQuery &q)
{
    AssistantProposal p;
    p.id = QUuid(q.value(0).toString());
    p.eventId = QUuid(q.value(1).toString());
    p.kind = q.value(2).toString();
    p.state = stateFromName(q.value(3).toString()).value_or(AssistantProposal::State::Pending);
    p.payload = jsonObject(q.value(4));
    p.created = dateTimeFromDb(q.value(5));
    p.updated = dateTimeFromDb(q.value(6));
    return p;
}

const char *const kProposalColumns = "id, event_id, kind, state, payload, created_utc, updated_utc";

} // namespace

Result<QList<AssistantMessage>> AssistantStore::messages(const QUuid &eventId) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT seq, role, content, meta, created_utc FROM assistant_messages WHERE event_id = ? "
              "ORDER BY seq"_s);
    q.addBindValue(toDb(eventId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<AssistantMessage> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), eventId, q.value(1).toString(), q.value(2).toString(),
                    jsonObject(q.value(3)), dateTimeFromDb(q.value(4))});
    return out;
}

Result<AssistantMessage> AssistantStore::append(AssistantMessage message)
{
    if (!message.created.isValid())
        message.created = QDateTime::currentDateTimeUtc();
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"INSERT INTO assistant_messages (event_id, role, content, meta, created_utc) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(toDb(message.eventId)), QVariant(message.role), QVariant(message.content),
          QVariant(jsonText(message.meta)), QVariant(toDb(message.created))})
        q.addBindValue(v);
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    message.seq = q.lastInsertId().toLongLong();
    return message;
}

Result<void> AssistantStore::clearMessages(const QUuid &eventId)
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"DELETE FROM assistant_messages WHERE event_id = ?"_s);
    q.addBindValue(toDb(eventId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    return {};
}

Result<AssistantProposal> AssistantStore::saveProposal(AssistantProposal proposal)
{
    if (proposal.id.isNull())
        proposal.id = QUuid::createUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!proposal.created.isValid())
        proposal.created = now;
    proposal.updated = now;
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"INSERT OR REPLACE INTO assistant_proposals ("_s + QLatin1StringView(kProposalColumns) +
              u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(toDb(proposal.id)), QVariant(toDb(proposal.eventId)), QVariant(proposal.kind),
          QVariant(AssistantProposal::stateName(proposal.state)), QVariant(jsonText(proposal.payload)),
          QVariant(toDb(proposal.created)), QVariant(toDb(proposal.updated))})
        q.addBindValue(v);
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    return proposal;
}

Result<std::optional<AssistantProposal>> AssistantStore::proposal(const QUuid &id) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT "_s + QLatin1StringView(kProposalColumns) +
              u" FROM assistant_proposals WHERE id = ?"_s);
    q.addBindValue(toDb(id));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    if (!q.next())
        return std::optional<AssistantProposal>();
    return std::optional<AssistantProposal>(proposalFrom(q));
}

Result<QList<AssistantProposal>> AssistantStore::proposals(const QUuid &eventId, const QString &kind,
                                                           AssistantProposal::State state) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT "_s + QLatin1StringView(kProposalColumns) +
              u" FROM assistant_proposals WHERE event_id = ? AND (? = '' OR kind = ?) AND state = ? "
              "ORDER BY created_utc, id"_s);
    const QString kindOrAny = kind.isNull() ? u""_s : kind; // a null QString would bind NULL
    for (const QVariant &v : {QVariant(toDb(eventId)), QVariant(kindOrAny), QVariant(kindOrAny),
                              QVariant(AssistantProposal::stateName(state))})
        q.addBindValue(v);
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<AssistantProposal> out;
    while (q.next())
        out.append(proposalFrom(q));
    return out;
}

Result<void> AssistantStore::setProposalState(const QUuid &id, AssistantProposal::State state)
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"UPDATE assistant_proposals SET state = ?, updated_utc = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(AssistantProposal::stateName(state)),
                              QVariant(toDb(QDateTime::currentDateTimeUtc())), QVariant(toDb(id))})
        q.addBindValue(v);
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, EventStore::tr("That proposal is no longer in the workspace."), {}};
    return {};
}

} // namespace EventDesk
