#pragma once

// Internal to core/storage: how each record maps to its table's columns.

#include "model/event.h"
#include "model/participant.h"
#include "model/room.h"
#include "model/schedulerelease.h"
#include "model/session.h"
#include "model/speaker.h"
#include "model/tickettype.h"
#include "model/track.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace EventDesk::Storage
{

QString toDb(const QDateTime &dt);
QDateTime dateTimeFromDb(const QVariant &v);
QString toDb(const QUuid &id);
QUuid uuidFromDb(const QVariant &v);

template <typename T> struct RecordCodec;

#define EVENTDESK_CODEC(Type)                                                                                \
    template <> struct RecordCodec<Type> {                                                                   \
        static QString table();                                                                              \
        static QString orderBy();                                                                            \
        static const QStringList &columns();                                                                 \
        static QVariantList values(const Type &r);                                                           \
        static void read(Type &r, const QSqlQuery &q, int offset);                                           \
    };

EVENTDESK_CODEC(Event)
EVENTDESK_CODEC(Room)
EVENTDESK_CODEC(Track)
EVENTDESK_CODEC(Session)
EVENTDESK_CODEC(Speaker)
EVENTDESK_CODEC(Participant)
EVENTDESK_CODEC(TicketType)
EVENTDESK_CODEC(ScheduleRelease)
#undef EVENTDESK_CODEC

QString tableFor(RecordKind kind);

// A column's value as team sync carries it in JSON, and back (integers stay integers; NULL is null).
QJsonValue columnToJson(const QVariant &v);
QVariant columnFromJson(const QJsonValue &v);

} // namespace EventDesk::Storage
