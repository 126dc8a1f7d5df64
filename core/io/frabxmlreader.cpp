#include "frabxmlreader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// One pass over the document; any problem ends it with an error and nothing is returned.
class Parser
{
public:
    explicit Parser(const QByteArray &bytes) : m_xml(bytes) {}

    Result<ScheduleFile> run()
    {
        if (!nextStart()) {
            if (m_error)
                return *m_error;
            if (m_xml.hasError())
                return xmlError();
            return fail(FrabXmlReader::tr("The file has no XML elements."));
        }
        if (m_xml.name() != u"schedule")
            return fail(FrabXmlReader::tr("This is not a frab schedule.xml: its root element is <%1>, not "
                                          "<schedule>.")
                            .arg(m_xml.name().toString()));
        while (!m_error && readChild()) {
            const auto name = m_xml.name();
            if (name == u"conference")
                conference();
            else if (name == u"day")
                day();
            else
                m_xml.skipCurrentElement(); // version, generator, url and blocks we do not know
        }
        if (m_error)
            return *m_error;
        if (m_xml.hasError())
            return xmlError();
        // Read to the end, so trailing garbage is reported.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkDtd();
            if (m_error)
                return *m_error;
        }
        if (m_xml.hasError())
            return xmlError();
        m_file.data.sessions.reserve(m_sessions.size());
        m_file.finish();
        return std::move(m_file);
    }

private:
    Error error(const QString &message) const { return Error{ErrorCode::Validation, message, {}}; }
    Error fail(const QString &message) { return *(m_error = error(message)); }
    Error xmlError() const
    {
        QString what = m_xml.errorString();
        if (m_xml.error() == QXmlStreamReader::NotWellFormedError &&
            what.contains(u"encod"_s, Qt::CaseInsensitive))
            what =
                FrabXmlReader::tr("the text is not in the encoding the file declares (UTF-8 unless it says "
                                  "otherwise)");
        return error(FrabXmlReader::tr("The schedule.xml is not well-formed XML at line %1, column %2: %3.")
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.columnNumber())
                         .arg(what));
    }
    QString line() const { return FrabXmlReader::tr("line %1").arg(m_xml.lineNumber()); }

    // Entity declarations are what expansion bombs and external entities need; a schedule never does.
    void checkDtd()
    {
        if (m_error || m_xml.tokenType() != QXmlStreamReader::DTD)
            return;
        if (!m_xml.entityDeclarations().isEmpty() || !m_xml.notationDeclarations().isEmpty())
            fail(FrabXmlReader::tr(
                     "The schedule.xml declares entities in a DTD at line %1; that is refused, as "
                     "schedule files never need them and they can expand without bound or "
                     "read other files.")
                     .arg(m_xml.lineNumber()));
    }
    bool nextStart()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkDtd();
            if (m_error)
                return false;
            if (m_xml.isStartElement())
                return true;
        }
        return false;
    }
    // The next child element of the current one; false at its end (or on an error).
    bool readChild()
    {
        if (m_error)
            return false;
        const bool found = m_xml.readNextStartElement();
        if (m_xml.tokenType() == QXmlStreamReader::EntityReference)
            fail(FrabXmlReader::tr("The schedule.xml uses the undeclared entity &%1; at line %2.")
                     .arg(m_xml.name().toString())
                     .arg(m_xml.lineNumber()));
        return found && !m_error;
    }
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    QString attr(const QString &name) const { return m_xml.attributes().value(name).toString().trimmed(); }

    void conference()
    {
        Event &e = m_file.data.event;
        QString start, end;
        while (readChild()) {
            const auto name = m_xml.name();
            if (name == u"title")
                e.name = text().simplified();
            else if (name == u"acronym")
                m_file.acronym = text().trimmed();
            else if (name == u"time_zone_name")
                m_zone = text().trimmed();
            else if (name == u"start")
                start = text();
            else if (name == u"end")
                end = text();
            else if (name == u"track") {
                const QString trackName = attr(u"name"_s).isEmpty() ? QString() : attr(u"name"_s);
                const QString color = attr(u"color"_s);
                const QString inner = text().trimmed();
                track(trackName.isEmpty() ? inner : trackName, color);
            } else
                m_xml.skipCurrentElement();
        }
        if (!m_zone.isEmpty()) {
            e.timeZone = m_zone;
            m_file.hasTimeZone = true;
        }
        // Dates or dateTimes; a dateTime's date is taken in the event's zone.
        for (const auto &[text, target] : {std::pair{start, &e.startDate}, std::pair{end, &e.endDate}}) {
            const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
            const QDateTime dt = ScheduleFile::parseDateTime(text, e.timeZone);
            if (d.isValid())
                *target = d;
            else if (dt.isValid())
                *target = dt.toTimeZone(QTimeZone(e.timeZone.toUtf8())).date();
        }
    }

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
        r.meta.id =
            guid.isEmpty() ? m_file.derive(u"room:"_s + name.toLower()) : ScheduleFile::idFromGuid(guid);
        r.name = name;
        m_file.data.rooms.append(r);
        m_rooms.insert(name.toLower(), r.meta.id);
        return r.meta.id;
    }

    void day()
    {
        const QDate date = QDate::fromString(attr(u"date"_s), Qt::ISODate);
        while (readChild()) {
            if (m_xml.name() != u"room") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString name = attr(u"name"_s);
            if (name.isEmpty()) {
                fail(FrabXmlReader::tr("A <room> at line %1 has no name.").arg(m_xml.lineNumber()));
                return;
            }
            const QUuid roomId = room(name, attr(u"guid"_s));
            while (readChild()) {
                if (m_xml.name() == u"event")
                    event(roomId, date);
                else
                    m_xml.skipCurrentElement();
            }
        }
    }

    void event(const QUuid &roomId, const QDate &dayDate)
    {
        const qint64 lineNo = m_xml.lineNumber();
        const QString where = FrabXmlReader::tr("line %1").arg(lineNo);
        const QString guid = attr(u"guid"_s);
        const QString numericId = attr(u"id"_s);
        Session s;
        s.eventId = {};
        s.roomId = roomId;
        s.language = QString();
        QString date, start, duration, trackName, typeText, slug, subtitle, description;
        QList<Reference> links, attachments;
        while (readChild()) {
            const auto name = m_xml.name();
            if (name == u"title")
                s.title = text().simplified();
            else if (name == u"abstract")
                s.abstract = ScheduleFile::cleanText(text());
            else if (name == u"date")
                date = text();
            else if (name == u"start")
                start = text().trimmed();
            else if (name == u"duration")
                duration = text();
            else if (name == u"track")
                trackName = text();
            else if (name == u"type")
                typeText = text();
            else if (name == u"language")
                s.language = text().trimmed();
            else if (name == u"slug")
                slug = text().trimmed();
            else if (name == u"room") {
                const QString inner = text().trimmed();
                if (!inner.isEmpty() && m_rooms.value(inner.simplified().toLower()) != roomId)
                    m_file.issues.append(
                        {where, FrabXmlReader::tr("The event \"%1\" names the room \"%2\" "
                                                  "but sits in another; it stays where it sits.")
                                    .arg(s.title, inner)});
            } else if (name == u"persons")
                persons(s);
            else if (name == u"subtitle")
                subtitle = text().simplified();
            else if (name == u"description")
                description = ScheduleFile::cleanText(text());
            else if (name == u"links" || name == u"attachments")
                references(name == u"links" ? links : attachments,
                           name == u"links" ? u"link" : u"attachment");
            else
                m_xml.skipCurrentElement();
        }
        if (m_error)
            return;
        if (s.title.isEmpty()) {
            fail(FrabXmlReader::tr("The event at line %1 has no title.").arg(lineNo));
            return;
        }
        // The event's own date is the truth; a day's date with the start time is the fallback.
        s.start = ScheduleFile::parseDateTime(date, m_file.data.event.timeZone);
        if (!s.start.isValid()) {
            const QTime t = QTime::fromString(start, start.size() > 5 ? u"HH:mm:ss"_s : u"HH:mm"_s);
            if (dayDate.isValid() && t.isValid() && date.trimmed().isEmpty())
                s.start = QDateTime(dayDate, t, QTimeZone(m_file.data.event.timeZone.toUtf8())).toUTC();
        }
        if (!s.start.isValid()) {
            fail(FrabXmlReader::tr("The event \"%1\" at line %2 has a date that does not parse (\"%3\").")
                     .arg(s.title)
                     .arg(lineNo)
                     .arg(date.trimmed().isEmpty() ? start : date.trimmed()));
            return;
        }
        const auto minutes = ScheduleFile::parseDuration(duration);
        if (!minutes || *minutes <= 0) {
            fail(FrabXmlReader::tr("The event \"%1\" at line %2 has a duration that does not parse (\"%3\"; "
                                   "use HH:MM).")
                     .arg(s.title)
                     .arg(lineNo)
                     .arg(duration.trimmed()));
            return;
        }
        s.durationMinutes = *minutes;
        Q_UNUSED(slug);
        Q_UNUSED(subtitle); // schema 8
        Q_UNUSED(description);
        Q_UNUSED(links);
        Q_UNUSED(attachments);
        s.type = ScheduleFile::typeFromText(typeText);
        s.trackId = track(trackName);
        if (!guid.isEmpty())
            s.meta.id = ScheduleFile::idFromGuid(guid);
        else if (!numericId.isEmpty())
            s.meta.id = m_file.derive(u"session:id:"_s + numericId);
        else
            s.meta.id = m_file.derive(u"session:"_s + s.title + u"@"_s + s.start.toString(Qt::ISODate));
        if (const auto it = m_sessionLines.constFind(s.meta.id); it != m_sessionLines.cend()) {
            fail(FrabXmlReader::tr("Two events have the same guid \"%1\" (lines %2 and %3).")
                     .arg(guid.isEmpty() ? numericId : guid)
                     .arg(*it)
                     .arg(lineNo));
            return;
        }
        m_sessionLines.insert(s.meta.id, lineNo);
        m_file.data.sessions.append(s);
    }

    struct Reference {
        QString url;
        QString title;
    };
    // <link href="…">Title</link>, or (CCC hub) <link href="…"><type>…</type><title>…</title></link>.
    void references(QList<Reference> &out, QStringView element)
    {
        while (readChild()) {
            if (m_xml.name() != element) {
                m_xml.skipCurrentElement();
                continue;
            }
            Reference r;
            r.url = attr(u"href"_s);
            QString inner;
            while (!m_error && !m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isCharacters())
                    inner += m_xml.text();
                else if (m_xml.isStartElement()) {
                    if (m_xml.name() == u"title")
                        r.title = text().simplified();
                    else if (m_xml.name() == u"url" || m_xml.name() == u"href")
                        r.url = text().trimmed();
                    else
                        m_xml.skipCurrentElement();
                } else if (m_xml.isEndElement())
                    break;
            }
            if (r.title.isEmpty())
                r.title = inner.simplified();
            if (r.url.isEmpty()) {
                m_file.issues.append(
                    {line(),
                     FrabXmlReader::tr("A %1 without an address is left out.").arg(element.toString())});
                continue;
            }
            out.append(r);
        }
    }

    void persons(Session &s)
    {
        while (readChild()) {
            if (m_xml.name() != u"person") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString guid = attr(u"guid"_s);
            const QString id = attr(u"id"_s);
            const QString name = text().simplified();
            if (name.isEmpty()) {
                m_file.issues.append(
                    {line(),
                     FrabXmlReader::tr("A person of \"%1\" has no name and is left out.").arg(s.title)});
                continue;
            }
            QUuid speakerId;
            if (!guid.isEmpty())
                speakerId = ScheduleFile::idFromGuid(guid);
            else if (!id.isEmpty())
                speakerId = m_file.derive(u"person:id:"_s + id);
            else
                speakerId = m_file.derive(u"person:name:"_s + name.toLower());
            if (!m_speakers.contains(speakerId)) {
                Speaker sp;
                sp.meta.id = speakerId;
                sp.name = name;
                m_speakers.insert(speakerId);
                m_file.data.speakers.append(sp);
            }
            if (!s.speakerIds.contains(speakerId))
                s.speakerIds.append(speakerId);
        }
    }

    QXmlStreamReader m_xml;
    ScheduleFile m_file;
    std::optional<Error> m_error;
    QString m_zone;
    QHash<QString, QUuid> m_tracks; // by lower-case name
    QHash<QString, QUuid> m_rooms;
    QSet<QUuid> m_speakers;
    QHash<QUuid, qint64> m_sessionLines;
    QList<Session> m_sessions;
};

} // namespace

Result<ScheduleFile> FrabXmlReader::read(const QByteArray &bytes)
{
    // UTF-8 unless the declaration names another encoding (or a UTF-16 byte-order mark says so).
    const QByteArray head = bytes.left(200).toLower();
    static const QRegularExpression declared(u"encoding\\s*=\\s*[\"']([a-z0-9_.-]+)"_s);
    const QRegularExpressionMatch m = declared.match(QString::fromLatin1(head));
    const bool utf8 = !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF") &&
                      (!m.hasMatch() || m.captured(1) == u"utf-8" || m.captured(1) == u"utf8");
    if (utf8) {
        if (const qsizetype bad = ScheduleFile::invalidUtf8At(bytes); bad >= 0)
            return Error{
                ErrorCode::Validation,
                tr("The schedule.xml is not UTF-8 text at line %1 (byte %2), though it does not declare "
                   "another encoding; save it as UTF-8.")
                    .arg(ScheduleFile::lineAt(bytes, bad))
                    .arg(bad + 1),
                {}};
    }
    return Parser(bytes).run();
}

bool FrabXmlReader::looksLike(const QByteArray &head)
{
    return head.contains("<schedule");
}

} // namespace EventDesk
