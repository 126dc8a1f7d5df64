#include "customquestionstore.h"

#include "eventstore.h"
#include "model/recordjson.h"
#include "recordcodec.h"
#include "storeaccess.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

Result<QList<CustomQuestion>> CustomQuestionStore::list(const QUuid &eventId) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT definition FROM custom_questions WHERE event_id = ? ORDER BY position"_s);
    q.addBindValue(toDb(eventId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<CustomQuestion> out;
    while (q.next()) {
        CustomQuestion c =
            customQuestionFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        c.eventId = eventId;
        out.append(c);
    }
    return out;
}

Result<void> CustomQuestionStore::replace(const QUuid &eventId, const QList<CustomQuestion> &questions)
{
    return m_store.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = StoreAccess::db(m_store);
        QSqlQuery del(db);
        del.prepare(u"DELETE FROM custom_questions WHERE event_id = ?"_s);
        del.addBindValue(toDb(eventId));
        if (!del.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        del.lastError().text());
        QSqlQuery ins(db);
        ins.prepare(
            u"INSERT INTO custom_questions (id, event_id, position, definition) VALUES (?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const CustomQuestion &c = questions.at(i);
            for (const QVariant &v :
                 {QVariant(toDb(c.id)), QVariant(toDb(eventId)), QVariant(int(i)),
                  QVariant(QString::fromUtf8(QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact)))})
                ins.addBindValue(v);
            if (!ins.exec())
                return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                            ins.lastError().text());
        }
        StoreAccess::notify(m_store, RecordKind::Event, {eventId});
        return {};
    });
}

} // namespace EventDesk
