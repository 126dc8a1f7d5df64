#include "c3vocjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

class Parser
{
public:
    Result<ScheduleFile> run(const QJsonDocument &doc)
    {
        const QJsonObject root = doc.object();
        if (!doc.isObject() || !root.value(u"schedule"_s).isObject())
            return error(
                C3vocJsonReader::tr("This is not a c3voc schedule JSON: it has no \"schedule\" object "
                                    "at the top."));
        const QJsonObject schedule = root.value(u"schedule"_s).toObject();
        if (!schedule.value(u"conference"_s).isObject())
            return error(
                C3vocJsonReader::tr("The schedule has no \"conference\" object (at schedule.conference)."));
        const QJsonObject c = schedule.value(u"conference"_s).toObject();
        Event &e = m_file.data.event;
        e.name = text(c.value(u"title"_s)).simplified();
        m_file.acronym = text(c.value(u"acronym"_s)).trimmed();
        QString tz = text(c.value(u"time_zone_name"_s)).trimmed();
        if (tz.isEmpty())
            tz = text(schedule.value(u"time_zone_name"_s)).trimmed();
        if (!tz.isEmpty()) {
            e.timeZone = tz;
            m_file.hasTimeZone = true;
        }
        for (const auto &[key, target] :
             {std::pair{u"start"_s, &e.startDate}, std::pair{u"end"_s, &e.endDate}}) {
            const QString t = text(c.value(key)).trimmed();
            const QDate d = QDate::fromString(t, Qt::ISODate);
            const QDateTime dt = ScheduleFile::parseDateTime(t, e.timeZone);
            if (d.isValid())
                *target = d;
            else if (dt.isValid())
                *target = dt.toTimeZone(QTimeZone(e.timeZone.toUtf8())).date();
        }
        const QJsonArray tracks = c.value(u"tracks"_s).toArray();
        for (const QJsonValue &t : tracks)
            track(text(t.toObject().value(u"name"_s)), text(t.toObject().value(u"color"_s)));
        const QJsonArray rooms = c.value(u"rooms"_s).toArray();
        for (qsizetype i = 0; i < rooms.size(); ++i) {
            const QJsonObject r = rooms.at(i).toObject();
            const QString name = text(r.value(u"name"_s)).simplified();
            if (name.isEmpty()) {
                m_file.issues.append({u"schedule.conference.rooms[%1]"_s.arg(i),
                                      C3vocJsonReader::tr("A room without a name is left out.")});
                continue;
            }
            const QUuid id = room(name, text(r.value(u"guid"_s)));
            if (r.value(u"capacity"_s).isDouble()) {
                for (Room &room : m_file.data.rooms)
                    if (room.meta.id == id)
                        room.capacity = qMax(0, r.value(u"capacity"_s).toInt());
            }
        }
        const QJsonArray days = c.value(u"days"_s).toArray();
        for (qsizetype d = 0; d < days.size() && !m_error; ++d) {
            const QJsonObject day = days.at(d).toObject();
            const QString dayPath = u"schedule.conference.days[%1]"_s.arg(d);
            const QDate date = QDate::fromString(text(day.value(u"date"_s)).trimmed(), Qt::ISODate);
            const QJsonObject dayRooms = day.value(u"rooms"_s).toObject();
            for (auto it = dayRooms.begin(); it != dayRooms.end() && !m_error; ++it) {
                const QString roomPath = dayPath + u".rooms[\"%1\"]"_s.arg(it.key());
                const QUuid roomId = room(it.key(), {});
                const QJsonArray events = it.value().toArray();
                for (qsizetype i = 0; i < events.size() && !m_error; ++i)
                    event(events.at(i).toObject(), roomId, date, roomPath + u"[%1]"_s.arg(i));
            }
        }
        if (m_error)
            return *m_error;
        m_file.finish();
        return std::move(m_file);
    }

private:
    Error error(const QString &message) { return *(m_error = Error{ErrorCode::Validation, message, {}}); }

    QUuid track(const QString &rawName, const QString &color = {})
    {
        const QString name = rawName.simplified();
        if (name.isEmpty())
            return {};
        if (const auto it = m_tracks.constFind(name.toLower()); it != m_tracks.cend())
            return *it;
        Track t;
        t.meta.id = m_file.derive(u"track:"_s + name.toLower());
        t.name = name;
        static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
        if (hex.match(color).hasMatch())
            t.color = color.toLower();
        m_file.data.tracks.append(t);
        m_tracks.insert(name.toLower(), t.meta.id);
        return t.meta.id;
    }

    QUuid room(const QString &rawName, const QString &guid)
    {
        const QString name = rawName.simplified();
        if (const auto it = m_rooms.constFind(name.toLower()); it != m_rooms.cend())
            return *it;
        Room r;
        r.meta.id = guid.trimmed().isEmpty() ? m_file.derive(u"room:"_s + name.toLower())
                                             : ScheduleFile::idFromGuid(guid);
        r.name = name;
        m_file.data.rooms.append(r);
        m_rooms.insert(name.toLower(), r.meta.id);
        return r.meta.id;
    }

    struct Reference {
        QString url;
        QString title;
    };
    QList<Reference> references(const QJsonValue &value, const QString &path)
    {
        QList<Reference> out;
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            Reference r;
            if (a.at(i).isString()) {
                r.url = a.at(i).toString().trimmed();
            } else {
                const QJsonObject o = a.at(i).toObject();
                r.url = text(o.value(u"url"_s)).trimmed();
                if (r.url.isEmpty())
                    r.url = text(o.value(u"href"_s)).trimmed();
                r.title = text(o.value(u"title"_s)).simplified();
            }
            if (r.url.isEmpty()) {
                m_file.issues.append(
                    {path + u"[%1]"_s.arg(i), C3vocJsonReader::tr("A link without an address "
                                                                  "is left out.")});
                continue;
            }
            out.append(r);
        }
        return out;
    }

    void event(const QJsonObject &o, const QUuid &roomId, const QDate &dayDate, const QString &path)
    {
        Session s;
        s.roomId = roomId;
        s.title = text(o.value(u"title"_s)).simplified();
        if (s.title.isEmpty()) {
            error(C3vocJsonReader::tr("The event at %1 has no title.").arg(path));
            return;
        }
        s.abstract = ScheduleFile::cleanText(text(o.value(u"abstract"_s)));
        s.language = text(o.value(u"language"_s)).trimmed();
        s.type = ScheduleFile::typeFromText(text(o.value(u"type"_s)));
        s.trackId = track(text(o.value(u"track"_s)));
        const QString subtitle = text(o.value(u"subtitle"_s)).simplified();
        const QString description = ScheduleFile::cleanText(text(o.value(u"description"_s)));
        const QList<Reference> links = references(o.value(u"links"_s), path + u".links"_s);
        const QList<Reference> attachments = references(o.value(u"attachments"_s), path + u".attachments"_s);
        Q_UNUSED(subtitle); // schema 8
        Q_UNUSED(description);
        Q_UNUSED(links);
        Q_UNUSED(attachments);
        const QString date = text(o.value(u"date"_s));
        s.start = ScheduleFile::parseDateTime(date, m_file.data.event.timeZone);
        if (!s.start.isValid() && date.trimmed().isEmpty()) {
            const QString start = text(o.value(u"start"_s)).trimmed();
            const QTime t = QTime::fromString(start, start.size() > 5 ? u"HH:mm:ss"_s : u"HH:mm"_s);
            if (dayDate.isValid() && t.isValid())
                s.start = QDateTime(dayDate, t, QTimeZone(m_file.data.event.timeZone.toUtf8())).toUTC();
        }
        if (!s.start.isValid()) {
            error(C3vocJsonReader::tr("The event \"%1\" has a date that does not parse (\"%2\" at %3.date).")
                      .arg(s.title, date, path));
            return;
        }
        std::optional<int> minutes;
        const QJsonValue duration = o.value(u"duration"_s);
        if (duration.isDouble()) // some producers write seconds or minutes as a number
            minutes = duration.toInt() >= 600 ? (duration.toInt() + 30) / 60 : duration.toInt();
        else
            minutes = ScheduleFile::parseDuration(text(duration));
        if ((!minutes || *minutes <= 0) && o.value(u"end"_s).isString()) {
            const QDateTime end =
                ScheduleFile::parseDateTime(text(o.value(u"end"_s)), m_file.data.event.timeZone);
            if (end.isValid() && end > s.start)
                minutes = int(s.start.secsTo(end) / 60);
        }
        if (!minutes || *minutes <= 0) {
            error(C3vocJsonReader::tr(
                      "The event \"%1\" has a duration that does not parse (\"%2\" at %3.duration; "
                      "use HH:MM).")
                      .arg(s.title, text(duration), path));
            return;
        }
        s.durationMinutes = *minutes;
        const QString guid = text(o.value(u"guid"_s)).trimmed();
        const QString numericId = text(o.value(u"id"_s)).trimmed();
        if (!guid.isEmpty())
            s.meta.id = ScheduleFile::idFromGuid(guid);
        else if (!numericId.isEmpty())
            s.meta.id = m_file.derive(u"session:id:"_s + numericId);
        else
            s.meta.id = m_file.derive(u"session:"_s + s.title + u"@"_s + s.start.toString(Qt::ISODate));
        if (const auto it = m_paths.constFind(s.meta.id); it != m_paths.cend()) {
            error(C3vocJsonReader::tr("Two events have the same guid \"%1\" (at %2 and %3).")
                      .arg(guid.isEmpty() ? numericId : guid, *it, path));
            return;
        }
        m_paths.insert(s.meta.id, path);
        const QJsonArray persons = o.value(u"persons"_s).toArray();
        for (qsizetype i = 0; i < persons.size(); ++i) {
            const QJsonObject p = persons.at(i).toObject();
            QString name = text(p.value(u"name"_s)).simplified();
            if (name.isEmpty())
                name = text(p.value(u"public_name"_s)).simplified();
            if (name.isEmpty() && persons.at(i).isString())
                name = persons.at(i).toString().simplified();
            if (name.isEmpty()) {
                m_file.issues.append(
                    {path + u".persons[%1]"_s.arg(i),
                     C3vocJsonReader::tr("A person of \"%1\" has no name and is left out.").arg(s.title)});
                continue;
            }
            const QString pguid = text(p.value(u"guid"_s)).trimmed();
            const QString pid = text(p.value(u"id"_s)).trimmed();
            const QString code = text(p.value(u"code"_s)).trimmed();
            QUuid id;
            if (!pguid.isEmpty())
                id = ScheduleFile::idFromGuid(pguid);
            else if (!code.isEmpty())
                id = m_file.derive(u"person:code:"_s + code);
            else if (!pid.isEmpty())
                id = m_file.derive(u"person:id:"_s + pid);
            else
                id = m_file.derive(u"person:name:"_s + name.toLower());
            if (!m_speakers.contains(id)) {
                Speaker sp;
                sp.meta.id = id;
                sp.name = name;
                sp.bio = ScheduleFile::cleanText(text(p.value(u"biography"_s)));
                m_speakers.insert(id);
                m_file.data.speakers.append(sp);
            }
            if (!s.speakerIds.contains(id))
                s.speakerIds.append(id);
        }
        m_file.data.sessions.append(s);
    }

    ScheduleFile m_file;
    std::optional<Error> m_error;
    QHash<QString, QUuid> m_tracks;
    QHash<QString, QUuid> m_rooms;
    QSet<QUuid> m_speakers;
    QHash<QUuid, QString> m_paths;
};

// Line and column of a byte offset, for syntax errors.
std::pair<int, int> position(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(bytes.at(i)) & 0xc0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Result<ScheduleFile> C3vocJsonReader::read(const QByteArray &input)
{
    QByteArray bytes = input;
    // UTF-8 is what JSON is; a UTF-8 byte-order mark is dropped and UTF-16 with one is converted.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decode(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        const QString text = decode(bytes.mid(2));
        if (decode.hasError())
            return Error{ErrorCode::Validation, tr("The file says it is UTF-16 but is not."), {}};
        bytes = text.toUtf8();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = position(bytes, parseError.offset);
        if (parseError.error == QJsonParseError::IllegalUTF8String)
            return Error{ErrorCode::Validation,
                         tr("The schedule JSON is not UTF-8 text (line %1, column %2); save it as UTF-8.")
                             .arg(line)
                             .arg(column),
                         {}};
        return Error{ErrorCode::Validation,
                     tr("The schedule JSON is not valid JSON at line %1, column %2: %3.")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()),
                     {}};
    }
    return Parser().run(doc);
}

bool C3vocJsonReader::looksLike(const QByteArray &head)
{
    return head.trimmed().startsWith('{') && head.contains("\"schedule\"");
}

} // namespace EventDesk
