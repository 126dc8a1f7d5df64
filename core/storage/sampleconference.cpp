#include "sampleconference.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
const QStringList kFirst{u"Alice"_s, u"Bruno"_s, u"Chen"_s,  u"Dana"_s,  u"Emeka"_s, u"Farah"_s, u"Gustav"_s,
                         u"Hana"_s,  u"Ivan"_s,  u"Julia"_s, u"Kenji"_s, u"Lea"_s,   u"Mateo"_s, u"Nadia"_s,
                         u"Omar"_s,  u"Priya"_s, u"Quinn"_s, u"Rosa"_s,  u"Sven"_s,  u"Tomás"_s};
const QStringList kLast{u"Nguyen"_s,    u"Schmidt"_s, u"Okafor"_s, u"Rossi"_s,  u"Kowalski"_s,
                        u"Silva"_s,     u"Haddad"_s,  u"Tanaka"_s, u"Müller"_s, u"Dubois"_s,
                        u"Johansson"_s, u"Patel"_s,   u"García"_s, u"Novak"_s};
// Chinese names: a family name and a given name, combined so that no two people share one.
const QStringList kSurnames{u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s,
                            u"黄"_s, u"周"_s, u"吴"_s, u"徐"_s, u"孙"_s, u"胡"_s, u"朱"_s,
                            u"高"_s, u"林"_s, u"何"_s, u"郭"_s, u"马"_s, u"罗"_s};
const QStringList kGivenNames{u"芳"_s,   u"娜"_s,   u"伟"_s,   u"洋"_s,   u"静"_s,   u"磊"_s,
                              u"敏"_s,   u"强"_s,   u"杰"_s,   u"娟"_s,   u"丽"_s,   u"军"_s,
                              u"晓明"_s, u"秀英"_s, u"建华"_s, u"海燕"_s, u"志强"_s, u"雪梅"_s,
                              u"子涵"_s, u"浩然"_s, u"欣怡"_s, u"宇轩"_s, u"思远"_s};
const QStringList kOrgs{u"ACME Corp"_s, u"Freelance"_s, u"Umbrella Research"_s, u"OpenInfra Foundation"_s,
                        u"清华大学"_s,  u"阿里云"_s,    u"Universität Wien"_s,  u"Globex"_s};
const QStringList kTopicsEn{u"Scaling PostgreSQL for event check-in"_s,
                            u"Offline-first desktop apps with Qt"_s,
                            u"Accessible conference venues: a checklist"_s,
                            u"Scheduling 900 talks without losing your mind"_s,
                            u"Privacy by design for attendee data"_s,
                            u"Running hybrid events on a budget"_s,
                            u"From CFP to program: a committee's workflow"_s,
                            u"Language models as assistants, not authors"_s,
                            u"Volunteer coordination at scale"_s,
                            u"Sustainable catering for 2,000 people"_s,
                            u"Badge printing that never jams"_s,
                            u"Lessons from ten years of FOSDEM rooms"_s,
                            u"Designing a call for papers people answer"_s,
                            u"Streaming every room with volunteers"_s,
                            u"Wayfinding signs that work"_s,
                            u"Code of conduct: from text to practice"_s,
                            u"Ticket pricing for community events"_s,
                            u"Travel grants that reach the right people"_s,
                            u"The speaker's green room checklist"_s,
                            u"Open data for conference schedules"_s,
                            u"Mobile apps for attendees: build or buy?"_s,
                            u"Captioning talks in real time"_s,
                            u"Sponsorship without selling out"_s,
                            u"Wi-Fi for 2,000 laptops"_s,
                            u"Post-event surveys worth reading"_s,
                            u"Childcare at conferences"_s,
                            u"Hallway track: designing for conversations"_s,
                            u"Lightning talks that stay on time"_s,
                            u"Keeping a program committee fair"_s,
                            u"Live translation on a shoestring"_s,
                            u"Security for public Wi-Fi and badges"_s,
                            u"Remote speakers without awkward silences"_s,
                            u"Carbon footprint of a tech conference"_s,
                            u"First-time speakers: a mentoring program"_s,
                            u"Registration desks without queues"_s,
                            u"Recording consent and publishing videos"_s};
const QStringList kTopicsZh{u"大型会议的日程编排实践"_s,   u"开源社区运营经验分享"_s,
                            u"用 Qt 构建跨平台桌面应用"_s, u"参会者隐私保护指南"_s,
                            u"志愿者团队管理"_s,           u"线上线下混合会议的技术方案"_s,
                            u"会议直播与录像的组织经验"_s, u"无障碍会场设计"_s,
                            u"技术大会的赞助商合作"_s,     u"从征稿到议程：程序委员会的工作"_s};

// An unused name from make(0), make(1), …: the sample has no two people of the same name.
// make must return a QString (not a QStringBuilder of temporaries). Past the combinations the name lists
// allow (hundreds), a name may repeat rather than loop for ever.
template <typename Make> QString uniqueName(QSet<QString> &used, int start, Make make)
{
    constexpr int kTries = 1000;
    for (int k = start; k < start + kTries; ++k) {
        const QString name = make(k);
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
    return make(start);
}
} // namespace

Result<QUuid> SampleConference::create(EventStore &store, const Counts &counts, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QDate start = QDate::currentDate().addDays(60);

    Event event;
    // The name's year is the year it takes place.
    event.name = u"OpenTech Summit %1 · 开放技术峰会"_s.arg(start.year());
    event.description = u"Two days of talks and workshops on open technology for event organizers."_s;
    event.timeZone = u"Europe/Berlin"_s;
    event.startDate = start;
    event.endDate = start.addDays(1);
    event.dayStart = QTime(9, 0);
    event.dayEnd = QTime(18, 0);
    event.venueName = u"Kulturbrauerei"_s;
    event.venueAddress = u"Schönhauser Allee 36, 10435 Berlin"_s;
    auto createdEvent = store.add(event);
    if (!createdEvent)
        return createdEvent.error();
    const QUuid eventId = createdEvent.value().meta.id;

    QList<Room> rooms;
    const QStringList roomNames{u"Main Hall"_s,    u"Room A · 一号厅"_s, u"Room B"_s,
                                u"Workshop Lab"_s, u"Room C"_s,          u"Room D"_s};
    for (int i = 0; i < counts.rooms; ++i) {
        Room r;
        r.eventId = eventId;
        r.name = i < roomNames.size() ? roomNames.at(i) : u"Room %1"_s.arg(i + 1);
        r.capacity = i == 0 ? 600 : 40 + int(rng.bounded(160));
        rooms.append(r);
    }
    QList<Track> tracks;
    const QStringList trackNames{u"Operations"_s, u"Technology"_s, u"Community · 社区"_s, u"Accessibility"_s,
                                 u"Keynotes"_s};
    const QStringList colors{u"#1e88e5"_s, u"#43a047"_s, u"#fb8c00"_s, u"#8e24aa"_s, u"#e53935"_s};
    for (int i = 0; i < counts.tracks; ++i) {
        Track t;
        t.eventId = eventId;
        t.name = i < trackNames.size() ? trackNames.at(i) : u"Track %1"_s.arg(i + 1);
        t.color = colors.at(i % colors.size());
        tracks.append(t);
    }
    const auto chineseName = [](int k) -> QString {
        return kSurnames.at(k % kSurnames.size()) +
               kGivenNames.at((k * 7 + k / kSurnames.size()) % kGivenNames.size());
    };
    const auto westernName = [](int k) -> QString {
        return kFirst.at(k % kFirst.size()) + u' ' + kLast.at((k * 5 + 1 + k / kFirst.size()) % kLast.size());
    };
    QSet<QString> speakerNames;
    QList<Speaker> speakers;
    for (int i = 0; i < counts.speakers; ++i) {
        Speaker s;
        s.eventId = eventId;
        s.name =
            i % 4 == 3 ? uniqueName(speakerNames, i, chineseName) : uniqueName(speakerNames, i, westernName);
        s.email = u"speaker%1@example.org"_s.arg(i + 1);
        s.organisation = kOrgs.at(i % kOrgs.size());
        s.bio = u"Speaks about events, community and software."_s;
        speakers.append(s);
    }
    for (auto *list : {&rooms}) {
        for (auto &r : *list) {
            auto added = store.add(r);
            if (!added)
                return added.error();
            r = added.value();
        }
    }
    for (auto &t : tracks) {
        auto added = store.add(t);
        if (!added)
            return added.error();
        t = added.value();
    }
    for (auto &s : speakers) {
        auto added = store.add(s);
        if (!added)
            return added.error();
        s = added.value();
    }

    // Sessions: fill the rooms' days in 45-minute slots (30 min talk + 15 min changeover), alternating the
    // days so that each day has a program; keep a few unscheduled.
    const QTimeZone tz(event.timeZone.toUtf8());
    QList<Session> sessions;
    const int slotsPerDay = 10;
    int english = 0;
    int chinese = 0;
    for (int i = 0; i < counts.sessions; ++i) {
        Session s;
        s.eventId = eventId;
        const bool zh = i % 5 == 4;
        // Each title once; only a conference larger than the lists repeats one, as a second part.
        const int n = zh ? chinese++ : english++;
        const QStringList &topics = zh ? kTopicsZh : kTopicsEn;
        s.title = topics.at(n % topics.size());
        if (n >= topics.size())
            s.title += zh ? u"（第 %1 部分）"_s.arg(n / topics.size() + 1)
                          : u", part %1"_s.arg(n / topics.size() + 1);
        s.language = zh ? u"zh"_s : u"en"_s;
        s.abstract = u"An experience report with practical advice."_s;
        s.type = i % 11 == 0 ? SessionType::Workshop : SessionType::Talk;
        s.durationMinutes = s.type == SessionType::Workshop ? 45 : 30; // fits the 45-minute grid
        if (!tracks.isEmpty())
            s.trackId = tracks.at(i % tracks.size()).meta.id;
        if (!speakers.isEmpty())
            s.speakerIds = {speakers.at(i % speakers.size()).meta.id};
        s.expectedAttendance = 20 + int(rng.bounded(150));
        s.tags = {zh ? u"中文"_s : u"english"_s};
        const int slot = i / qMax(1, counts.rooms);
        const int day = slot % qMax(1, event.dayCount());
        const int slotOfDay = slot / qMax(1, event.dayCount());
        if (i < counts.sessions - 4 && slotOfDay < slotsPerDay && !rooms.isEmpty()) {
            const int room = i % counts.rooms;
            const QTime t = event.dayStart.addSecs(slotOfDay * 45 * 60);
            s.roomId = rooms.at(room).meta.id;
            s.start = QDateTime(start.addDays(day), t, tz).toUTC();
        }
        sessions.append(s);
    }
    if (auto added = store.addMany(sessions); !added)
        return added.error();

    QList<TicketType> tickets;
    const QList<std::pair<QString, qint64>> ticketDefs{
        {u"Regular"_s, 34900}, {u"Student · 学生票"_s, 9900}, {u"Speaker"_s, 0}};
    for (const auto &[name, price] : ticketDefs) {
        TicketType t;
        t.eventId = eventId;
        t.name = name;
        t.priceCents = price;
        t.quota = name == u"Regular"_s ? std::optional<int>(400) : std::nullopt;
        auto added = store.add(t);
        if (!added)
            return added.error();
        tickets.append(added.value());
    }

    QList<Participant> participants;
    QSet<QString> participantNames;
    static const ParticipantStatus statuses[] = {ParticipantStatus::Confirmed,  ParticipantStatus::Confirmed,
                                                 ParticipantStatus::Confirmed,  ParticipantStatus::Pending,
                                                 ParticipantStatus::Waitlisted, ParticipantStatus::Cancelled};
    for (int i = 0; i < counts.participants; ++i) {
        Participant p;
        p.eventId = eventId;
        p.name = i % 5 == 2 ? uniqueName(participantNames, i * 3, chineseName)
                            : uniqueName(participantNames, i, [](int k) -> QString {
                                  return kFirst.at(k % kFirst.size()) + u' ' +
                                         kLast.at((k / kFirst.size() + 3 * k) % kLast.size());
                              });
        p.email = u"participant%1@example.org"_s.arg(i + 1);
        p.phone = u"+49 30 %1"_s.arg(1000000 + rng.bounded(8999999));
        p.organisation = kOrgs.at(rng.bounded(kOrgs.size()));
        p.ticketTypeId = tickets.at(i % 7 == 0 ? 1 : 0).meta.id;
        p.status = statuses[rng.bounded(int(std::size(statuses)))];
        p.source = u"demo"_s;
        participants.append(p);
    }
    if (auto added = store.addMany(participants); !added)
        return added.error();
    return eventId;
}

} // namespace EventDesk
