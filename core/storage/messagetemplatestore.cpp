#include "messagetemplatestore.h"

#include "eventstore.h"
#include "recordcodec.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

Result<std::optional<MessageTemplate>> MessageTemplateStore::saved(const QUuid &eventId,
                                                                   MessageTemplate::Kind kind) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT subject, body FROM message_templates WHERE event_id = ? AND kind = ?"_s);
    q.addBindValue(toDb(eventId));
    q.addBindValue(MessageTemplate::kindName(kind));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    if (!q.next())
        return std::optional<MessageTemplate>();
    MessageTemplate t;
    t.kind = kind;
    t.subject = q.value(0).toString();
    t.body = q.value(1).toString();
    return std::optional<MessageTemplate>(t);
}

Result<MessageTemplate> MessageTemplateStore::effective(const QUuid &eventId,
                                                        MessageTemplate::Kind kind) const
{
    auto found = saved(eventId, kind);
    if (!found)
        return found.error();
    return found.value().value_or(MessageTemplate::defaultFor(kind));
}

Result<void> MessageTemplateStore::save(const QUuid &eventId, const MessageTemplate &t)
{
    if (const FieldErrors errors = t.validate(); !errors.isEmpty())
        return Error{ErrorCode::Validation, errors.first().message, {}};
    return m_store.inTransaction([&]() -> Result<void> {
        QSqlQuery q(StoreAccess::db(m_store));
        q.prepare(u"INSERT INTO message_templates (event_id, kind, subject, body, updated_utc) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, kind) DO UPDATE SET "
                  "subject = excluded.subject, body = excluded.body, updated_utc = excluded.updated_utc"_s);
        for (const QVariant &v :
             {QVariant(toDb(eventId)), QVariant(MessageTemplate::kindName(t.kind)), QVariant(t.subject),
              QVariant(t.body), QVariant(toDb(QDateTime::currentDateTimeUtc()))})
            q.addBindValue(v);
        if (!q.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        q.lastError().text());
        StoreAccess::notify(m_store, RecordKind::Event, {eventId});
        return {};
    });
}

Result<void> MessageTemplateStore::reset(const QUuid &eventId, MessageTemplate::Kind kind)
{
    return m_store.inTransaction([&]() -> Result<void> {
        QSqlQuery q(StoreAccess::db(m_store));
        q.prepare(u"DELETE FROM message_templates WHERE event_id = ? AND kind = ?"_s);
        q.addBindValue(toDb(eventId));
        q.addBindValue(MessageTemplate::kindName(kind));
        if (!q.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        q.lastError().text());
        StoreAccess::notify(m_store, RecordKind::Event, {eventId});
        return {};
    });
}

} // namespace EventDesk
