#include "sitewriter.h"

#include "io/atomicfile.h"
#include "io/icswriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The templates are in a static library: registering them by name keeps the linker from dropping them.
static void initSiteResources()
{
    Q_INIT_RESOURCE(site);
}

namespace EventDesk
{

namespace
{

const auto kMarker = u".eventdesk-site"_s;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString resource(const QString &name)
{
    QFile f(u":/site/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

struct File {
    QString path; // relative to the folder
    QByteArray bytes;
};

class Site
{
public:
    Site(const ScheduleData &data, const QString &language)
        : m_data(data), m_lang(language), m_locale(language), m_zone(data.event.timeZone.toUtf8()),
          m_sessions(ScheduleSelection::sessions(data)), m_template(resource(u"page.html"_s))
    {
        if (!m_zone.isValid())
            m_zone = QTimeZone::utc();
    }

    QList<File> build()
    {
        QList<File> files;
        files.append({u"style.css"_s, resource(u"style.css"_s).toUtf8()});
        files.append({u"app.js"_s, resource(u"app.js"_s).toUtf8()});
        files.append({u"index.html"_s, page(m_data.event.name, index(), {})});
        files.append({u"rooms.html"_s, page(SiteWriter::tr("Rooms"), rooms(), {})});
        files.append({u"tracks.html"_s, page(SiteWriter::tr("Tracks"), tracks(), {})});
        files.append({u"speakers.html"_s, page(SiteWriter::tr("Speakers"), speakers(), {})});
        files.append({u"schedule.ics"_s, IcsWriter::write(m_data)});
        for (const Room &r : m_data.rooms)
            files.append({u"ics/room-"_s + shortId(r.meta.id) + u".ics"_s,
                          IcsWriter::write(m_data, ScheduleFilter{r.meta.id, {}, {}})});
        for (const Track &t : m_data.tracks)
            files.append({u"ics/track-"_s + shortId(t.meta.id) + u".ics"_s,
                          IcsWriter::write(m_data, ScheduleFilter{{}, t.meta.id, {}})});
        for (const Speaker &s : m_data.speakers)
            files.append({u"ics/speaker-"_s + shortId(s.meta.id) + u".ics"_s,
                          IcsWriter::write(m_data, ScheduleFilter{{}, {}, s.meta.id})});
        for (const Session *s : m_sessions) {
            files.append({u"sessions/"_s + shortId(s->meta.id) + u".html"_s,
                          page(s->title, sessionPage(*s), u"../"_s)});
            files.append(
                {u"ics/session-"_s + shortId(s->meta.id) + u".ics"_s, IcsWriter::write(m_data, {s})});
        }
        files.append({kMarker, QByteArray("EventDesk static schedule\n")});
        return files;
    }

private:
    QByteArray page(const QString &title, const QString &body, const QString &root) const
    {
        const QString nav = u"<a href=\"%1index.html\">%2</a><a href=\"%1rooms.html\">%3</a>"
                            "<a href=\"%1tracks.html\">%4</a><a href=\"%1speakers.html\">%5</a>"
                            "<a href=\"%1schedule.ics\">%6</a>"_s.arg(
                                root, esc(SiteWriter::tr("Schedule")), esc(SiteWriter::tr("Rooms")),
                                esc(SiteWriter::tr("Tracks")), esc(SiteWriter::tr("Speakers")),
                                esc(SiteWriter::tr("Calendar (.ics)")));
        QString html = m_template;
        // Body last: it is the only part that may contain the others' placeholders as text.
        html.replace(u"{{lang}}"_s, esc(m_lang));
        html.replace(u"{{title}}"_s, esc(title));
        html.replace(u"{{root}}"_s, root);
        html.replace(u"{{event-id}}"_s, shortId(m_data.event.meta.id));
        html.replace(u"{{event-name}}"_s, esc(m_data.event.name));
        html.replace(u"{{nav}}"_s, nav);
        html.replace(u"{{body}}"_s, body);
        return html.toUtf8();
    }

    QDateTime local(const QDateTime &t) const { return t.toTimeZone(m_zone); }
    QString dayKey(const Session &s) const { return local(s.start).date().toString(Qt::ISODate); }
    QString dayName(const QDate &d) const { return m_locale.toString(d, QLocale::LongFormat); }
    QString hhmm(const QDateTime &t) const { return local(t).toString(u"HH:mm"_s); }
    QString roomName(const Session &s) const
    {
        const Room *r = m_data.room(s.roomId);
        return r ? r->name : QString();
    }

    QString options(const QString &allLabel, const QList<std::pair<QString, QString>> &items) const
    {
        QString out = u"<option value=\"\">"_s + esc(allLabel) + u"</option>"_s;
        for (const auto &[value, label] : items)
            out += u"<option value=\""_s + esc(value) + u"\">"_s + esc(label) + u"</option>"_s;
        return out;
    }

    QString article(const Session &s, const QString &root) const
    {
        const Track *track = ScheduleSelection::track(m_data, s.trackId);
        const QString speakers = ScheduleSelection::speakerNames(m_data, s);
        QString meta = esc(roomName(s));
        if (track)
            meta += u" · "_s + esc(track->name);
        if (!speakers.isEmpty())
            meta += u" · "_s + esc(speakers);
        return u"<article class=\"session\" data-id=\"%1\" data-day=\"%2\" data-track=\"%3\" "
               u"data-room=\"%4\"%5>"
               "<div class=\"time\">%6–%7</div><div><h3><a href=\"%8sessions/%1.html\">%9</a></h3>"
               "<div class=\"meta\">%10</div></div>"
               "<button class=\"star\" type=\"button\" data-id=\"%1\" aria-pressed=\"false\" "
               "title=\"%11\">★</button>"
               "</article>\n"_s
                   .arg(shortId(s.meta.id), dayKey(s), track ? shortId(track->meta.id) : QString(),
                        shortId(s.roomId),
                        track ? u" style=\"--track: %1\""_s.arg(esc(track->color)) : QString(), hhmm(s.start),
                        hhmm(s.end()), root, esc(s.title))
                   .arg(meta, esc(SiteWriter::tr("My agenda")));
    }

    QString index() const
    {
        const QList<QDate> days = ScheduleSelection::days(m_data, m_sessions);
        QList<std::pair<QString, QString>> dayItems, trackItems, roomItems;
        for (const QDate &d : days)
            dayItems.append({d.toString(Qt::ISODate), dayName(d)});
        for (const Track &t : m_data.tracks)
            trackItems.append({shortId(t.meta.id), t.name});
        for (const Room &r : m_data.rooms)
            roomItems.append({shortId(r.meta.id), r.name});
        QString out =
            u"<form class=\"filters\" onsubmit=\"return false\">"
            "<select id=\"filter-day\" aria-label=\"%1\">%2</select>"
            "<select id=\"filter-track\" aria-label=\"%3\">%4</select>"
            "<select id=\"filter-room\" aria-label=\"%5\">%6</select>"
            "<input id=\"filter-search\" type=\"search\" placeholder=\"%7\" aria-label=\"%7\">"
            "<label><input id=\"filter-mine\" type=\"checkbox\"> %8</label>"
            "<span class=\"count\"><span id=\"visible-count\">%9</span> %10</span></form>\n"_s
                .arg(esc(SiteWriter::tr("Day")), options(SiteWriter::tr("All days"), dayItems),
                     esc(SiteWriter::tr("Track")), options(SiteWriter::tr("All tracks"), trackItems),
                     esc(SiteWriter::tr("Room")), options(SiteWriter::tr("All rooms"), roomItems),
                     esc(SiteWriter::tr("Search")), esc(SiteWriter::tr("My agenda")))
                .arg(m_sessions.size())
                .arg(esc(SiteWriter::tr("sessions")));
        if (!m_data.event.description.isEmpty())
            out += u"<p>"_s + esc(m_data.event.description) + u"</p>\n"_s;
        for (const QDate &d : days) {
            const QString key = d.toString(Qt::ISODate);
            out += u"<section class=\"day\" id=\"day-%1\" data-day=\"%1\"><h2 class=\"day\">%2</h2>\n"_s.arg(
                key, esc(dayName(d)));
            for (const Session *s : m_sessions)
                if (dayKey(*s) == key)
                    out += article(*s, {});
            out += u"</section>\n"_s;
        }
        if (m_sessions.isEmpty())
            out += u"<p>"_s + esc(SiteWriter::tr("Nothing is scheduled yet.")) + u"</p>"_s;
        return out;
    }

    template <typename Items, typename Count>
    QString listPage(const QString &heading, const Items &items, const QString &filterKey,
                     const QString &icsPrefix, const Count &count) const
    {
        QString out = u"<h1>"_s + esc(heading) + u"</h1><ul class=\"plain\">"_s;
        for (const auto &item : items) {
            const QString id = shortId(item.meta.id);
            QString link = filterKey.isEmpty()
                               ? esc(item.name)
                               : u"<a href=\"index.html#%1=%2\">%3</a>"_s.arg(filterKey, id, esc(item.name));
            out += u"<li>%1 <span class=\"meta\">(%2)</span> · <a href=\"ics/%3-%4.ics\">.ics</a></li>"_s.arg(
                link, SiteWriter::tr("%n session(s)", nullptr, count(item)), icsPrefix, id);
        }
        return out + u"</ul>"_s;
    }

    QString rooms() const
    {
        return listPage(SiteWriter::tr("Rooms"), m_data.rooms, u"room"_s, u"room"_s, [&](const Room &r) {
            return int(ScheduleSelection::sessions(m_data, ScheduleFilter{r.meta.id, {}, {}}).size());
        });
    }
    QString tracks() const
    {
        return listPage(SiteWriter::tr("Tracks"), m_data.tracks, u"track"_s, u"track"_s, [&](const Track &t) {
            return int(ScheduleSelection::sessions(m_data, ScheduleFilter{{}, t.meta.id, {}}).size());
        });
    }
    QString speakers() const
    {
        QString out = u"<h1>"_s + esc(SiteWriter::tr("Speakers")) + u"</h1><ul class=\"plain\">"_s;
        for (const Speaker &sp : m_data.speakers) {
            const QList<const Session *> talks =
                ScheduleSelection::sessions(m_data, ScheduleFilter{{}, {}, sp.meta.id});
            if (talks.isEmpty())
                continue;
            out += u"<li id=\"speaker-%1\"><strong>%2</strong>"_s.arg(shortId(sp.meta.id), esc(sp.name));
            if (!sp.organisation.isEmpty())
                out += u" <span class=\"meta\">"_s + esc(sp.organisation) + u"</span>"_s;
            out += u" · <a href=\"ics/speaker-%1.ics\">.ics</a><ul>"_s.arg(shortId(sp.meta.id));
            for (const Session *s : talks)
                out +=
                    u"<li><a href=\"sessions/%1.html\">%2</a></li>"_s.arg(shortId(s->meta.id), esc(s->title));
            out += u"</ul></li>"_s;
        }
        return out + u"</ul>"_s;
    }

    QString sessionPage(const Session &s) const
    {
        const Track *track = ScheduleSelection::track(m_data, s.trackId);
        QString out =
            u"<article class=\"detail\" data-id=\"%1\"><h1>%2 "
            "<button class=\"star\" type=\"button\" data-id=\"%1\" aria-pressed=\"false\" title=\"%3\">★"
            "</button></h1><dl>"_s.arg(shortId(s.meta.id), esc(s.title), esc(SiteWriter::tr("My agenda")));
        auto row = [&](const QString &label, const QString &html) {
            out += u"<dt>"_s + esc(label) + u"</dt><dd>"_s + html + u"</dd>"_s;
        };
        row(SiteWriter::tr("When"),
            esc(dayName(local(s.start).date())) + u", "_s + hhmm(s.start) + u"–"_s + hhmm(s.end()));
        row(SiteWriter::tr("Room"),
            u"<a href=\"../index.html#room=%1\">%2</a>"_s.arg(shortId(s.roomId), esc(roomName(s))));
        if (track)
            row(SiteWriter::tr("Track"), u"<a href=\"../index.html#track=%1\">%2</a>"_s.arg(
                                             shortId(track->meta.id), esc(track->name)));
        QStringList speakers;
        for (const QUuid &id : s.speakerIds)
            if (const Speaker *sp = ScheduleSelection::speaker(m_data, id))
                speakers.append(
                    u"<a href=\"../speakers.html#speaker-%1\">%2</a>"_s.arg(shortId(id), esc(sp->name)));
        if (!speakers.isEmpty())
            row(SiteWriter::tr("Speakers"), speakers.join(u", "_s));
        if (!s.language.isEmpty())
            row(SiteWriter::tr("Language"), esc(QLocale(s.language).nativeLanguageName().isEmpty()
                                                    ? s.language
                                                    : QLocale(s.language).nativeLanguageName()));
        out += u"</dl>"_s;
        if (!s.abstract.isEmpty())
            out += u"<p class=\"abstract\" lang=\"%1\">%2</p>"_s.arg(esc(s.language), esc(s.abstract));
        out += u"<p><a href=\"../ics/session-%1.ics\">%2</a></p></article>"_s.arg(
            shortId(s.meta.id), esc(SiteWriter::tr("Add to calendar (.ics)")));
        return out;
    }

    const ScheduleData &m_data;
    QString m_lang;
    QLocale m_locale;
    QTimeZone m_zone;
    QList<const Session *> m_sessions;
    QString m_template;
};

} // namespace

QString SiteWriter::siteLanguage(const ScheduleData &data, const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    QHash<QString, int> counts;
    QString best;
    for (const Session &s : data.sessions) {
        if (s.language.isEmpty())
            continue;
        const int n = ++counts[s.language];
        if (n > counts.value(best) || (n == counts.value(best) && s.language < best))
            best = s.language;
    }
    return best.isEmpty() ? u"en"_s : best;
}

Result<int> SiteWriter::write(const ScheduleData &data, const QString &folder, const Options &options,
                              const Progress &progress)
{
    QDir dir(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) &&
        !dir.exists(kMarker))
        return Error{
            ErrorCode::Validation,
            tr("%1 already has files that are not an EventDesk site; choose an empty folder.").arg(shown),
            {}};
    for (const QString &sub : {QString(), u"sessions"_s, u"ics"_s})
        if (!dir.mkpath(sub.isEmpty() ? u"."_s : sub))
            return Error{ErrorCode::Io, tr("The folder %1 cannot be created.").arg(shown), {}};
    initSiteResources();
    const QList<File> files = Site(data, siteLanguage(data, options.language)).build();
    int done = 0;
    for (const File &f : files) {
        if (progress && !progress(done, int(files.size())))
            return Error{ErrorCode::Cancelled, tr("The export was cancelled."), {}};
        if (auto written = AtomicFile::write(dir.filePath(f.path), f.bytes); !written)
            return written.error();
        ++done;
    }
    if (progress)
        progress(done, done);
    return done;
}

} // namespace EventDesk
