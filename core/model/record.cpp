#include "record.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QUuid newRecordId()
{
    return QUuid::createUuid();
}

QList<QUuid> newRecordIds(qsizetype n)
{
    QList<QUuid> ids;
    ids.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        ids.append(newRecordId());
    std::sort(ids.begin(), ids.end()); // all are version 4: QUuid's order is the order of their text
    return ids;
}

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Event:
        return u"event"_s;
    case RecordKind::Room:
        return u"room"_s;
    case RecordKind::Track:
        return u"track"_s;
    case RecordKind::Session:
        return u"session"_s;
    case RecordKind::Speaker:
        return u"speaker"_s;
    case RecordKind::Participant:
        return u"participant"_s;
    case RecordKind::TicketType:
        return u"ticket_type"_s;
    case RecordKind::ScheduleRelease:
        return u"release"_s;
    }
    return {};
}

QString recordKindDisplayName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Event:
        return QCoreApplication::translate("EventDesk::Record", "event");
    case RecordKind::Room:
        return QCoreApplication::translate("EventDesk::Record", "room");
    case RecordKind::Track:
        return QCoreApplication::translate("EventDesk::Record", "track");
    case RecordKind::Session:
        return QCoreApplication::translate("EventDesk::Record", "session");
    case RecordKind::Speaker:
        return QCoreApplication::translate("EventDesk::Record", "speaker");
    case RecordKind::Participant:
        return QCoreApplication::translate("EventDesk::Record", "participant");
    case RecordKind::TicketType:
        return QCoreApplication::translate("EventDesk::Record", "ticket type");
    case RecordKind::ScheduleRelease:
        return QCoreApplication::translate("EventDesk::Record", "schedule release");
    }
    return {};
}

namespace Check
{

void requireText(FieldErrors &errors, const QString &field, const QString &value, const QString &label,
                 int maxLength)
{
    if (value.trimmed().isEmpty())
        errors.append(
            {field, QCoreApplication::translate("EventDesk::Check", "%1 must not be empty.").arg(label)});
    else if (value.size() > maxLength)
        errors.append(
            {field, QCoreApplication::translate("EventDesk::Check", "%1 is longer than %2 characters.")
                        .arg(label)
                        .arg(maxLength)});
}

void requireNonNegative(FieldErrors &errors, const QString &field, qint64 value, const QString &label)
{
    if (value < 0)
        errors.append(
            {field, QCoreApplication::translate("EventDesk::Check", "%1 cannot be negative (got %2).")
                        .arg(label)
                        .arg(value)});
}

void windows(FieldErrors &errors, const QString &field, const QList<TimeWindow> &windows)
{
    for (const TimeWindow &w : windows) {
        if (!w.start.isValid() || !w.end.isValid()) {
            errors.append({field, QCoreApplication::translate(
                                      "EventDesk::Check", "An availability window has an invalid time.")});
            return;
        }
        if (w.end <= w.start) {
            errors.append({field, QCoreApplication::translate(
                                      "EventDesk::Check", "An availability window ends before it starts.")});
            return;
        }
    }
}

bool isValidEmail(const QString &email)
{
    // local@domain.tld: one @, no spaces, something before it, and a dot inside the domain
    // (the same rule as ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$, without a regular expression: imports check 100k).
    const QStringView e = QStringView(email).trimmed();
    qsizetype at = -1;
    for (qsizetype i = 0; i < e.size(); ++i) {
        const QChar c = e[i];
        if (c.isSpace())
            return false;
        if (c == u'@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at <= 0)
        return false;
    const QStringView domain = e.mid(at + 1);
    return domain.size() >= 3 && domain.mid(1, domain.size() - 2).contains(u'.');
}

void email(FieldErrors &errors, const QString &field, const QString &value, bool required)
{
    if (value.trimmed().isEmpty()) {
        if (required)
            errors.append(
                {field, QCoreApplication::translate("EventDesk::Check", "The email address is missing.")});
        return;
    }
    if (!isValidEmail(value))
        errors.append(
            {field, QCoreApplication::translate("EventDesk::Check", "\"%1\" is not a valid email address.")
                        .arg(value.trimmed())});
}

} // namespace Check
} // namespace EventDesk
