#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace EventDesk
{

// Every record carries these for team sync: a UUID, UTC timestamps, a revision and a tombstone.
struct RecordMeta {
    QUuid id;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    qint64 revision = 0;
    bool deleted = false;
};

// A new record id: a random UUID (version 4). Not time-ordered (version 7) on purpose: ids are shown and
// typed as short prefixes, which must differ between records made in the same minute.
QUuid newRecordId();
// n new record ids, random as newRecordId() but in ascending order: records saved together in this order
// extend the primary-key index at one end instead of at n random places.
QList<QUuid> newRecordIds(qsizetype n);

enum class RecordKind { Event, Room, Track, Session, Speaker, Participant, TicketType, ScheduleRelease };

QString recordKindName(RecordKind kind);        // "event", "room", … (stable, for storage and JSON)
QString recordKindDisplayName(RecordKind kind); // translated, for messages

// A validation problem tied to a field, with a translated sentence.
struct FieldError {
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};
using FieldErrors = QList<FieldError>;

// A half-open span of time [start, end).
struct TimeWindow {
    QDateTime start;
    QDateTime end;
    bool operator==(const TimeWindow &) const = default;
};

// Shared checks so every record phrases problems the same way.
namespace Check
{
void requireText(FieldErrors &errors, const QString &field, const QString &value, const QString &label,
                 int maxLength = 500);
void requireNonNegative(FieldErrors &errors, const QString &field, qint64 value, const QString &label);
void windows(FieldErrors &errors, const QString &field, const QList<TimeWindow> &windows);
bool isValidEmail(const QString &email);
void email(FieldErrors &errors, const QString &field, const QString &value, bool required);
} // namespace Check

} // namespace EventDesk
