#include "c3vocjsonreader.h"

#include "schedulerecordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

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
        m_build.event().name = text(c.value(u"title"_s)).simplified();
        m_build.setAcronym(text(c.value(u"acronym"_s)));
        const QString tz = text(c.value(u"time_zone_name"_s)).trimmed();
        m_build.setTimeZone(tz.isEmpty() ? text(schedule.value(u"time_zone_name"_s)) : tz);
        m_build.setDates(text(c.value(u"start"_s)), text(c.value(u"end"_s)));
        const QJsonArray tracks = c.value(u"tracks"_s).toArray();
        for (const QJsonValue &t : tracks)
            m_build.track(text(t.toObject().value(u"name"_s)), text(t.toObject().value(u"color"_s)));
        const QJsonArray rooms = c.value(u"rooms"_s).toArray();
        for (qsizetype i = 0; i < rooms.size(); ++i) {
            const QJsonObject r = rooms.at(i).toObject();
            const QString name = text(r.value(u"name"_s)).simplified();
            if (name.isEmpty()) {
                m_build.file().issues.append({u"schedule.conference.rooms[%1]"_s.arg(i),
                                              C3vocJsonReader::tr("A room without a name is left out.")});
                continue;
            }
            m_build.room(name, text(r.value(u"guid"_s)), r.value(u"capacity"_s).toInt());
        }
        const QJsonArray days = c.value(u"days"_s).toArray();
        for (qsizetype d = 0; d < days.size() && !m_error; ++d) {
            const QJsonObject day = days.at(d).toObject();
            const QString dayPath = u"schedule.conference.days[%1]"_s.arg(d);
            const QDate date = QDate::fromString(text(day.value(u"date"_s)).trimmed(), Qt::ISODate);
            const QJsonObject dayRooms = day.value(u"rooms"_s).toObject();
            for (auto it = dayRooms.begin(); it != dayRooms.end() && !m_error; ++it) {
                const QString roomPath = dayPath + u".rooms[\"%1\"]"_s.arg(it.key());
                const QUuid roomId = m_build.room(it.key());
                const QJsonArray events = it.value().toArray();
                for (qsizetype i = 0; i < events.size() && !m_error; ++i)
                    event(events.at(i).toObject(), roomId, date, roomPath + u"[%1]"_s.arg(i));
            }
        }
        if (m_error)
            return *m_error;
        return m_build.take();
    }

private:
    Error error(const QString &message) { return *(m_error = Error{ErrorCode::Validation, message, {}}); }

    QList<SessionLink> references(const QJsonValue &value, const QString &path)
    {
        QList<SessionLink> out;
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            SessionLink r;
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
                m_build.file().issues.append(
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
        ScheduleRecordBuilder::Item item;
        item.where = path;
        item.fieldPaths = true;
        item.roomId = roomId;
        item.dayDate = dayDate;
        for (const auto &[key, field] :
             {std::pair{u"guid"_s, &item.guid}, std::pair{u"id"_s, &item.numericId},
              std::pair{u"title"_s, &item.title}, std::pair{u"subtitle"_s, &item.subtitle},
              std::pair{u"abstract"_s, &item.abstract}, std::pair{u"description"_s, &item.description},
              std::pair{u"language"_s, &item.language}, std::pair{u"type"_s, &item.type},
              std::pair{u"track"_s, &item.track}, std::pair{u"date"_s, &item.date},
              std::pair{u"start"_s, &item.start}, std::pair{u"end"_s, &item.end}})
            *field = text(o.value(key));
        const QJsonValue duration = o.value(u"duration"_s);
        item.duration = text(duration);
        if (duration.isDouble()) // some producers write seconds or minutes as a number
            item.minutes = duration.toInt() >= 600 ? (duration.toInt() + 30) / 60 : duration.toInt();
        item.links = references(o.value(u"links"_s), path + u".links"_s);
        item.attachments = references(o.value(u"attachments"_s), path + u".attachments"_s);
        const QJsonArray persons = o.value(u"persons"_s).toArray();
        for (qsizetype i = 0; i < persons.size(); ++i) {
            const QJsonObject p = persons.at(i).toObject();
            ScheduleRecordBuilder::Person person;
            person.name = text(p.value(u"name"_s)).simplified();
            if (person.name.isEmpty())
                person.name = text(p.value(u"public_name"_s)).simplified();
            if (person.name.isEmpty() && persons.at(i).isString())
                person.name = persons.at(i).toString().simplified();
            if (person.name.isEmpty()) {
                m_build.file().issues.append({path + u".persons[%1]"_s.arg(i),
                                              C3vocJsonReader::tr("A person of \"%1\" has no name and is "
                                                                  "left out.")
                                                  .arg(item.title.simplified())});
                continue;
            }
            person.guid = text(p.value(u"guid"_s));
            person.code = text(p.value(u"code"_s));
            person.id = text(p.value(u"id"_s));
            person.biography = text(p.value(u"biography"_s));
            item.persons.append(person);
        }
        QString earlier;
        if (auto added = m_build.session(item, path, &earlier); !added) {
            if (earlier.isEmpty())
                error(added.error().message);
            else
                error(C3vocJsonReader::tr("Two events have the same guid \"%1\" (at %2 and %3).")
                          .arg(item.guid.trimmed().isEmpty() ? item.numericId.trimmed() : item.guid.trimmed(),
                               earlier, path));
        }
    }

    ScheduleRecordBuilder m_build;
    std::optional<Error> m_error;
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
