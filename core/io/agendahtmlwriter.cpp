#include "agendahtmlwriter.h"

#include "io/sitewriter.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

struct Page {
    QDate day;
    const Room *room = nullptr; // PerRoom only
    QList<const Session *> sessions;
};

QList<Page> pages(const ScheduleData &data, const AgendaHtmlWriter::Options &options, const QTimeZone &zone)
{
    const QList<const Session *> sessions = ScheduleSelection::sessions(data, options.filter);
    QList<Page> out;
    for (const QDate &day : ScheduleSelection::days(data, sessions)) {
        QList<const Session *> ofDay;
        for (const Session *s : sessions)
            if (s->start.toTimeZone(zone).date() == day)
                ofDay.append(s);
        if (options.layout == AgendaHtmlWriter::Layout::PerDay) {
            out.append({day, nullptr, ofDay});
            continue;
        }
        for (const Room &room : data.rooms) {
            Page p{day, &room, {}};
            for (const Session *s : ofDay)
                if (s->roomId == room.meta.id)
                    p.sessions.append(s);
            if (!p.sessions.isEmpty())
                out.append(p);
        }
    }
    return out;
}

QTimeZone zoneOf(const ScheduleData &data)
{
    const QTimeZone zone(data.event.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

QString AgendaHtmlWriter::language(const ScheduleData &data, const Options &options)
{
    return SiteWriter::siteLanguage(data, options.language);
}

int AgendaHtmlWriter::pageCount(const ScheduleData &data, const Options &options)
{
    return int(pages(data, options, zoneOf(data)).size());
}

QString AgendaHtmlWriter::html(const ScheduleData &data, const Options &options)
{
    const QString lang = language(data, options);
    const QLocale locale(lang);
    const QTimeZone zone = zoneOf(data);
    const bool perRoom = options.layout == Layout::PerRoom;
    auto hhmm = [&](const QDateTime &t) { return t.toTimeZone(zone).toString(u"HH:mm"_s); };

    QString out =
        u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
        "<style>\n"
        "@page { size: A4; margin: 15mm; }\n"
        "body { font-family: 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', "
        "'Microsoft YaHei', sans-serif; font-size: 10.5pt; color: #000; }\n"
        "h1 { font-size: 16pt; margin: 0 0 2pt 0; }\n"
        "h2 { font-size: 13pt; margin: 0 0 8pt 0; color: #333; }\n"
        "table { border-collapse: collapse; width: 100%; }\n"
        "th, td { text-align: left; vertical-align: top; padding: 3pt 6pt; border-bottom: 1px solid #bbb; }\n"
        "td.time { white-space: nowrap; width: 18%; }\n"
        "td .who { color: #444; font-size: 9.5pt; }\n"
        "</style>\n</head>\n<body>\n"_s.arg(lang.toHtmlEscaped(), data.event.name.toHtmlEscaped());
    const QList<Page> all = pages(data, options, zone);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Page &p = all.at(i);
        // Each page after the first starts on a new sheet: page-break-before on its heading, which both
        // browsers and QTextDocument honour (QTextDocument has no boxes, so a rule on the div would reach its
        // blocks).
        const QString breakBefore = i > 0 ? u" style=\"page-break-before: always\""_s : QString();
        QString heading = locale.toString(p.day, QLocale::LongFormat);
        if (p.room)
            heading = p.room->name + u" · "_s + heading;
        out +=
            u"<div class=\"page\">\n<h1%1>%2</h1>\n<h2>%3</h2>\n<table>\n<tr><th>%4</th>%5<th>%6</th></tr>\n"_s
                .arg(breakBefore, data.event.name.toHtmlEscaped(), heading.toHtmlEscaped(),
                     tr("Time").toHtmlEscaped(),
                     perRoom ? QString() : u"<th>"_s + tr("Room").toHtmlEscaped() + u"</th>"_s,
                     tr("Session").toHtmlEscaped());
        for (const Session *s : p.sessions) {
            QString who = ScheduleSelection::speakerNames(data, *s);
            if (const Track *t = ScheduleSelection::track(data, s->trackId))
                who = who.isEmpty() ? t->name : who + u" · "_s + t->name;
            const Room *room = data.room(s->roomId);
            out += u"<tr><td class=\"time\">%1–%2</td>%3<td><b>%4</b>%5</td></tr>\n"_s.arg(
                hhmm(s->start), hhmm(s->end()),
                perRoom ? QString()
                        : u"<td>"_s + (room ? room->name.toHtmlEscaped() : QString()) + u"</td>"_s,
                s->title.toHtmlEscaped(),
                who.isEmpty() ? QString()
                              : u"<br><span class=\"who\">"_s + who.toHtmlEscaped() + u"</span>"_s);
        }
        out += u"</table>\n</div>\n"_s;
    }
    if (all.isEmpty())
        out += u"<p>"_s + tr("Nothing is scheduled yet.").toHtmlEscaped() + u"</p>\n"_s;
    return out + u"</body>\n</html>\n"_s;
}

} // namespace EventDesk
