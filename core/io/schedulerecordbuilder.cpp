#include "schedulerecordbuilder.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

void ScheduleRecordBuilder::setAcronym(const QString &acronym)
{
    event().acronym = acronym.trimmed();
}

void ScheduleRecordBuilder::setTimeZone(const QString &zone)
{
    const QString z = zone.trimmed();
    if (z.isEmpty())
        return;
    event().timeZone = z;
    m_file.hasTimeZone = true;
}

void ScheduleRecordBuilder::setDates(const QString &start, const QString &end)
{
    Event &e = event();
    for (const auto &[text, target] : {std::pair{start, &e.startDate}, std::pair{end, &e.endDate}}) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (d.isValid()) {
            *target = d;
            continue;
        }
        const QDateTime dt = ScheduleFile::parseDateTime(text, e.timeZone);
        if (dt.isValid())
            *target = dt.toTimeZone(QTimeZone(e.timeZone.toUtf8())).date();
    }
}

QUuid ScheduleRecordBuilder::track(const QString &rawName, const QString &color)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return {};
    const QString key = name.toLower();
    if (const auto it = m_tracks.constFind(key); it != m_tracks.cend())
        return *it;
    Track t;
    t.meta.id = m_file.derive(u"track:"_s + key);
    t.name = name;
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    if (hex.match(color).hasMatch())
        t.color = color.toLower();
    m_file.data.tracks.append(t);
    m_tracks.insert(key, t.meta.id);
    return t.meta.id;
}

QUuid ScheduleRecordBuilder::room(const QString &rawName, const QString &guid, int capacity)
{
    const QString name = rawName.simplified();
    const QString key = name.toLower();
    QUuid id = m_rooms.value(key);
    if (id.isNull()) {
        Room r;
        r.meta.id =
            guid.trimmed().isEmpty() ? m_file.derive(u"room:"_s + key) : ScheduleFile::idFromGuid(guid);
        r.name = name;
        m_file.data.rooms.append(r);
        m_rooms.insert(key, r.meta.id);
        id = r.meta.id;
    }
    if (capacity > 0) {
        for (Room &r : m_file.data.rooms)
            if (r.meta.id == id)
                r.capacity = capacity;
    }
    return id;
}

QUuid ScheduleRecordBuilder::roomNamed(const QString &name) const
{
    return m_rooms.value(name.simplified().toLower());
}

QString ScheduleRecordBuilder::where(const Item &item, const QString &field) const
{
    return item.fieldPaths ? item.where + u'.' + field : item.where;
}

QUuid ScheduleRecordBuilder::person(const Person &p)
{
    const QString name = p.name.simplified();
    QUuid id;
    if (!p.guid.trimmed().isEmpty())
        id = ScheduleFile::idFromGuid(p.guid);
    else if (!p.code.trimmed().isEmpty())
        id = m_file.derive(u"person:code:"_s + p.code.trimmed());
    else if (!p.id.trimmed().isEmpty())
        id = m_file.derive(u"person:id:"_s + p.id.trimmed());
    else
        id = m_file.derive(u"person:name:"_s + name.toLower());
    if (!m_speakers.contains(id)) {
        Speaker sp;
        sp.meta.id = id;
        sp.name = name;
        sp.bio = ScheduleFile::cleanText(p.biography);
        m_speakers.insert(id);
        m_file.data.speakers.append(sp);
    }
    return id;
}

Result<void> ScheduleRecordBuilder::session(const Item &item, const QString &key, QString *clashWhere)
{
    auto error = [](const QString &message) { return Error{ErrorCode::Validation, message, {}}; };
    Session s;
    s.roomId = item.roomId;
    s.title = item.title.simplified();
    if (s.title.isEmpty())
        return error(tr("The event at %1 has no title.").arg(item.where));
    s.subtitle = item.subtitle.simplified();
    s.abstract = ScheduleFile::cleanText(item.abstract);
    s.description = ScheduleFile::cleanText(item.description);
    s.language = item.language.trimmed();
    s.type = ScheduleFile::typeFromText(item.type);
    s.links = item.links;
    s.attachments = item.attachments;
    const QString zone = event().timeZone;
    // The event's own date is the truth; a day's date with the start time is the fallback.
    s.start = ScheduleFile::parseDateTime(item.date, zone);
    if (!s.start.isValid() && item.date.trimmed().isEmpty()) {
        const QString start = item.start.trimmed();
        const QTime t = QTime::fromString(start, start.size() > 5 ? u"HH:mm:ss"_s : u"HH:mm"_s);
        if (item.dayDate.isValid() && t.isValid())
            s.start = QDateTime(item.dayDate, t, QTimeZone(zone.toUtf8())).toUTC();
    }
    if (!s.start.isValid())
        return error(tr("The event \"%1\" at %2 has a date that does not parse (\"%3\").")
                         .arg(s.title, where(item, u"date"_s),
                              item.date.trimmed().isEmpty() ? item.start.trimmed() : item.date.trimmed()));
    std::optional<int> minutes = item.minutes ? item.minutes : ScheduleFile::parseDuration(item.duration);
    if ((!minutes || *minutes <= 0) && !item.end.trimmed().isEmpty()) {
        const QDateTime end = ScheduleFile::parseDateTime(item.end, zone);
        if (end.isValid() && end > s.start)
            minutes = int(s.start.secsTo(end) / 60);
    }
    if (!minutes || *minutes <= 0)
        return error(tr("The event \"%1\" at %2 has a duration that does not parse (\"%3\"; use HH:MM).")
                         .arg(s.title, where(item, u"duration"_s), item.duration.trimmed()));
    s.durationMinutes = *minutes;
    s.trackId = track(item.track);
    const QString guid = item.guid.trimmed();
    const QString numericId = item.numericId.trimmed();
    if (!guid.isEmpty())
        s.meta.id = ScheduleFile::idFromGuid(guid);
    else if (!numericId.isEmpty())
        s.meta.id = m_file.derive(u"session:id:"_s + numericId);
    else
        s.meta.id = m_file.derive(u"session:"_s + s.title + u'@' + s.start.toString(Qt::ISODate));
    if (const auto it = m_sessionKeys.constFind(s.meta.id); it != m_sessionKeys.cend()) {
        if (clashWhere)
            *clashWhere = *it;
        return Error{ErrorCode::Conflict, {}, {}};
    }
    m_sessionKeys.insert(s.meta.id, key);
    s.speakerIds.reserve(item.persons.size());
    for (const Person &p : item.persons) {
        const QUuid id = person(p);
        if (!s.speakerIds.contains(id))
            s.speakerIds.append(id);
    }
    m_file.data.sessions.append(std::move(s));
    return {};
}

ScheduleFile ScheduleRecordBuilder::take()
{
    m_file.finish();
    return std::move(m_file);
}

} // namespace EventDesk
