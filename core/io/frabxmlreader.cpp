#include "frabxmlreader.h"

#include "schedulerecordbuilder.h"

#include <QRegularExpression>
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
        return m_build.take();
    }

private:
    Error error(const QString &message) const { return Error{ErrorCode::Validation, message, {}}; }
    Error fail(const QString &message) { return *(m_error = error(message)); }
    Error xmlError() const
    {
        QString what = m_xml.errorString();
        while (what.endsWith(u'.') ||
               what.endsWith(u'\u3002')) // Qt's own sentence ("…document."): ours ends it
            what.chop(1);
        if (m_xml.error() == QXmlStreamReader::NotWellFormedError &&
            what.contains(u"encod"_s, Qt::CaseInsensitive))
            what =
                FrabXmlReader::tr("the text is not in the encoding the file declares (UTF-8 unless it says "
                                  "otherwise)");
        return error(FrabXmlReader::tr("The file is not well-formed XML at line %1, column %2: %3.")
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
        QString start, end;
        while (readChild()) {
            const auto name = m_xml.name();
            if (name == u"title")
                m_build.event().name = text().simplified();
            else if (name == u"acronym")
                m_build.setAcronym(text());
            else if (name == u"time_zone_name")
                m_build.setTimeZone(text());
            else if (name == u"start")
                start = text();
            else if (name == u"end")
                end = text();
            else if (name == u"track") {
                const QString trackName = attr(u"name"_s);
                const QString color = attr(u"color"_s);
                const QString inner = text().trimmed();
                m_build.track(trackName.isEmpty() ? inner : trackName, color);
            } else
                m_xml.skipCurrentElement();
        }
        m_build.setDates(start, end);
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
            const QUuid roomId = m_build.room(name, attr(u"guid"_s));
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
        ScheduleRecordBuilder::Item item;
        item.where = FrabXmlReader::tr("line %1").arg(lineNo);
        item.guid = attr(u"guid"_s);
        item.numericId = attr(u"id"_s);
        item.roomId = roomId;
        item.dayDate = dayDate;
        while (readChild()) {
            const auto name = m_xml.name();
            if (name == u"title")
                item.title = text();
            else if (name == u"abstract")
                item.abstract = text();
            else if (name == u"date")
                item.date = text();
            else if (name == u"start")
                item.start = text();
            else if (name == u"duration")
                item.duration = text();
            else if (name == u"track")
                item.track = text();
            else if (name == u"type")
                item.type = text();
            else if (name == u"language")
                item.language = text();
            else if (name == u"room") {
                const QString inner = text().trimmed();
                if (!inner.isEmpty() && m_build.roomNamed(inner) != roomId)
                    m_build.file().issues.append(
                        {item.where, FrabXmlReader::tr("The event \"%1\" names the room \"%2\" "
                                                       "but sits in another; it stays where it sits.")
                                         .arg(item.title.simplified(), inner)});
            } else if (name == u"persons")
                persons(item);
            else if (name == u"subtitle")
                item.subtitle = text();
            else if (name == u"description")
                item.description = text();
            else if (name == u"links")
                references(item.links, u"link");
            else if (name == u"attachments")
                references(item.attachments, u"attachment");
            else
                m_xml.skipCurrentElement(); // slug, url, logo, recording, …
        }
        if (m_error)
            return;
        QString earlier;
        if (auto added = m_build.session(item, QString::number(lineNo), &earlier); !added) {
            if (earlier.isEmpty())
                fail(added.error().message);
            else
                fail(FrabXmlReader::tr("Two events have the same guid \"%1\" (lines %2 and %3).")
                         .arg(item.guid.isEmpty() ? item.numericId : item.guid, earlier)
                         .arg(lineNo));
        }
    }

    // <link href="…">Title</link>, or (CCC hub) <link href="…"><type>…</type><title>…</title></link>.
    void references(QList<SessionLink> &out, QStringView element)
    {
        while (readChild()) {
            if (m_xml.name() != element) {
                m_xml.skipCurrentElement();
                continue;
            }
            SessionLink r;
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
                m_build.file().issues.append(
                    {line(),
                     FrabXmlReader::tr("A %1 without an address is left out.").arg(element.toString())});
                continue;
            }
            out.append(r);
        }
    }

    void persons(ScheduleRecordBuilder::Item &item)
    {
        while (readChild()) {
            if (m_xml.name() != u"person") {
                m_xml.skipCurrentElement();
                continue;
            }
            ScheduleRecordBuilder::Person p;
            p.guid = attr(u"guid"_s);
            p.id = attr(u"id"_s);
            p.name = text().simplified();
            if (p.name.isEmpty()) {
                m_build.file().issues.append(
                    {line(), FrabXmlReader::tr("A person of \"%1\" has no name and is left out.")
                                 .arg(item.title.simplified())});
                continue;
            }
            item.persons.append(p);
        }
    }

    QXmlStreamReader m_xml;
    ScheduleRecordBuilder m_build;
    std::optional<Error> m_error;
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
