#include "record.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QUuid newRecordId()
{
    // 48-bit Unix milliseconds, 4-bit version, 12-bit counter (seeded randomly each millisecond),
    // 2-bit variant, 62 random bits.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&mutex);
        if (ms > lastMs) {
            lastMs = ms;
            counter = QRandomGenerator::global()->bounded(0x800u); // leaves room to count up
        } else {
            ms = lastMs; // the clock went back or stood still: keep order
            if (++counter > 0xfffu) {
                counter = 0;
                lastMs = ++ms; // borrow the next millisecond
            }
        }
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    const auto b = [&](int shift) { return uchar((ms >> shift) & 0xff); };
    const uchar bytes[16] = {b(40),
                             b(32),
                             b(24),
                             b(16),
                             b(8),
                             b(0),
                             uchar(0x70 | ((counter >> 8) & 0x0f)),
                             uchar(counter & 0xff),
                             uchar(0x80 | ((random >> 56) & 0x3f)),
                             uchar(random >> 48),
                             uchar(random >> 40),
                             uchar(random >> 32),
                             uchar(random >> 24),
                             uchar(random >> 16),
                             uchar(random >> 8),
                             uchar(random)};
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
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
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return re.match(email.trimmed()).hasMatch();
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
