#include "icswriter.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QString utcStamp(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

QString localStamp(const QDateTime &dt)
{
    return dt.toString(u"yyyyMMdd'T'HHmmss"_s);
}

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = qAbs(seconds);
    return sign +
           u"%1%2"_s.arg(seconds / 3600, 2, 10, QChar(u'0')).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

class Lines
{
public:
    void add(const QString &line) { m_out += IcsWriter::foldLine(line.toUtf8()); }
    void add(const QString &name, const QString &value) { add(name + u':' + value); }
    QByteArray bytes() const { return m_out; }

private:
    QByteArray m_out;
};

// The zone's observances around the event: each transition from a year before the first session to a year
// after the last, plus the one in force before them, as STANDARD/DAYLIGHT components without rules.
void addTimeZone(Lines &out, const QTimeZone &zone, const QDateTime &first, const QDateTime &last)
{
    out.add(u"BEGIN"_s, u"VTIMEZONE"_s);
    out.add(u"TZID"_s, QString::fromUtf8(zone.id()));
    const QDateTime from = first.addYears(-1);
    const QDateTime to = last.addYears(1);
    QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        transitions.prepend(before);
    if (transitions.isEmpty()) {
        const int fixed = zone.offsetFromUtc(first);
        out.add(u"BEGIN"_s, u"STANDARD"_s);
        out.add(u"DTSTART"_s, u"19700101T000000"_s);
        out.add(u"TZOFFSETFROM"_s, offset(fixed));
        out.add(u"TZOFFSETTO"_s, offset(fixed));
        out.add(u"END"_s, u"STANDARD"_s);
    }
    for (const QTimeZone::OffsetData &t : std::as_const(transitions)) {
        const int previous = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const QString kind = t.daylightTimeOffset != 0 ? u"DAYLIGHT"_s : u"STANDARD"_s;
        out.add(u"BEGIN"_s, kind);
        // DTSTART of an observance is the local time in the offset that was in force before it.
        out.add(u"DTSTART"_s, localStamp(t.atUtc.toOffsetFromUtc(previous)));
        out.add(u"TZOFFSETFROM"_s, offset(previous));
        out.add(u"TZOFFSETTO"_s, offset(t.offsetFromUtc));
        if (!t.abbreviation.isEmpty())
            out.add(u"TZNAME"_s, IcsWriter::escapeText(t.abbreviation));
        out.add(u"END"_s, kind);
    }
    out.add(u"END"_s, u"VTIMEZONE"_s);
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::foldLine(const QByteArray &line)
{
    constexpr qsizetype kMax = 75;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype limit = kMax; // octets on this physical line, the leading space of continuations included
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Never cut inside a UTF-8 sequence: back up to the start of the character.
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = kMax - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QString IcsWriter::uid(const Session &session)
{
    return session.meta.id.toString(QUuid::WithoutBraces) + u"@eventdesk"_s;
}

QByteArray IcsWriter::write(const ScheduleData &data, const ScheduleFilter &filter, Times times)
{
    return write(data, ScheduleSelection::sessions(data, filter), times);
}

QByteArray IcsWriter::write(const ScheduleData &data, const QList<const Session *> &sessions, Times times)
{
    const QTimeZone zone(data.event.timeZone.toUtf8());
    const bool local = times == Times::LocalTime && zone.isValid() && zone.id() != "UTC";
    Lines out;
    out.add(u"BEGIN"_s, u"VCALENDAR"_s);
    out.add(u"VERSION"_s, u"2.0"_s);
    out.add(u"PRODID"_s, u"-//EventDesk//EventDesk//EN"_s);
    out.add(u"CALSCALE"_s, u"GREGORIAN"_s);
    out.add(u"METHOD"_s, u"PUBLISH"_s);
    out.add(u"X-WR-CALNAME"_s, escapeText(data.event.name));
    if (local) {
        out.add(u"X-WR-TIMEZONE"_s, QString::fromUtf8(zone.id()));
        if (!sessions.isEmpty())
            addTimeZone(out, zone, sessions.first()->start, sessions.last()->start);
    }
    const QString tzid = u"TZID="_s + QString::fromUtf8(zone.id());
    auto when = [&](const QString &name, const QDateTime &dt) {
        if (local)
            out.add(name + u';' + tzid, localStamp(dt.toTimeZone(zone)));
        else
            out.add(name, utcStamp(dt));
    };
    for (const Session *s : sessions) {
        out.add(u"BEGIN"_s, u"VEVENT"_s);
        out.add(u"UID"_s, uid(*s));
        // DTSTAMP and LAST-MODIFIED from the record, so an unchanged session exports byte for byte the same.
        const QDateTime stamp = s->meta.updatedUtc.isValid() ? s->meta.updatedUtc : s->start;
        out.add(u"DTSTAMP"_s, utcStamp(stamp));
        when(u"DTSTART"_s, s->start);
        when(u"DTEND"_s, s->end());
        out.add(u"SUMMARY"_s, escapeText(s->title));
        QString description = s->abstract;
        const QString speakers = ScheduleSelection::speakerNames(data, *s);
        if (!speakers.isEmpty())
            description = speakers + (description.isEmpty() ? QString() : u"\n\n"_s + description);
        if (!description.isEmpty())
            out.add(u"DESCRIPTION"_s, escapeText(description));
        if (const Room *room = data.room(s->roomId))
            out.add(u"LOCATION"_s, escapeText(room->name));
        if (const Track *track = ScheduleSelection::track(data, s->trackId))
            out.add(u"CATEGORIES"_s, escapeText(track->name));
        if (!s->language.isEmpty())
            out.add(u"X-EVENTDESK-LANGUAGE"_s, escapeText(s->language));
        if (s->meta.updatedUtc.isValid())
            out.add(u"LAST-MODIFIED"_s, utcStamp(s->meta.updatedUtc));
        out.add(u"SEQUENCE"_s, QString::number(qMax<qint64>(0, s->meta.revision - 1)));
        out.add(u"END"_s, u"VEVENT"_s);
    }
    out.add(u"END"_s, u"VCALENDAR"_s);
    return out.bytes();
}

} // namespace EventDesk
