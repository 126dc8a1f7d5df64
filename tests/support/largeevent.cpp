#include "largeevent.h"

#include "schedule/schedulegenerator.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace EventDesk::Test
{

namespace
{
const QStringList kVerbs{u"Scaling"_s,     u"Debugging"_s, u"Securing"_s, u"Packaging"_s,
                         u"Profiling"_s,   u"Testing"_s,   u"Porting"_s,  u"Observing"_s,
                         u"Simplifying"_s, u"Rewriting"_s, u"Shipping"_s, u"Measuring"_s};
const QStringList kThings{u"PostgreSQL replication"_s,
                          u"the Linux kernel scheduler"_s,
                          u"Rust async runtimes"_s,
                          u"reproducible builds"_s,
                          u"RISC-V firmware"_s,
                          u"Wayland compositors"_s,
                          u"federated chat"_s,
                          u"open hardware"_s,
                          u"LLVM passes"_s,
                          u"container registries"_s,
                          u"mesh networks"_s,
                          u"GNOME accessibility"_s};
const QStringList kContexts{u"at the edge"_s,          u"for small teams"_s,  u"in production"_s,
                            u"on a budget"_s,          u"without downtime"_s, u"in the browser"_s,
                            u"for embedded devices"_s, u"at scale"_s};
const QStringList kChinese{u"开源社区的可持续发展"_s, u"大规模分布式存储实践"_s, u"嵌入式 Linux 启动优化"_s,
                           u"可复现构建的工程经验"_s, u"高性能网络编程"_s};
const QStringList kFirst{u"Alice"_s, u"Bruno"_s, u"Chen"_s,  u"Dana"_s,  u"Emeka"_s, u"Farah"_s, u"Gustav"_s,
                         u"Hana"_s,  u"Ivan"_s,  u"Julia"_s, u"Kenji"_s, u"Lea"_s,   u"Mateo"_s, u"Nadia"_s};
const QStringList kLast{u"Nguyen"_s, u"Schmidt"_s, u"Okafor"_s, u"Rossi"_s,  u"Kowalski"_s, u"Silva"_s,
                        u"Haddad"_s, u"Tanaka"_s,  u"Müller"_s, u"Dubois"_s, u"Patel"_s,    u"Novak"_s};
const QStringList kOrgs{
    u"ACME Corp"_s,        u"Freelance"_s, u"Umbrella Research"_s, u"OpenInfra Foundation"_s, u"清华大学"_s,
    u"Universität Wien"_s, u"Globex"_s};
} // namespace

QString LargeEvent::participantEmail(int i)
{
    return u"attendee%1@mail.example.net"_s.arg(i + 1);
}

QString LargeEvent::participantPhone(int i)
{
    return u"+32 470 %1"_s.arg(100000 + i, 6, 10, QLatin1Char('0'));
}

QString LargeEvent::speakerEmail(int i)
{
    return u"speaker%1@talks.example.net"_s.arg(i + 1);
}

Result<QUuid> LargeEvent::create(EventStore &store, const Options &o)
{
    ScheduleGenerator::Options g;
    g.sessions = o.sessions;
    g.rooms = o.rooms;
    g.days = o.days;
    g.speakers = o.speakers;
    g.tracks = std::max(1, o.rooms);
    g.seed = o.seed;
    ScheduleData d = ScheduleGenerator::generate(g);
    QRandomGenerator rng(o.seed);
    d.event.name = u"Open Source Developers' Meeting"_s;
    d.event.description = u"Free and open source developers meet for two days of talks in thirty rooms."_s;
    d.event.venueName = u"ULB Solbosch"_s;
    d.event.venueAddress = u"Avenue Franklin Roosevelt 50, 1050 Brussels"_s;
    d.event.capacity = 8000;
    for (int i = 0; i < d.speakers.size(); ++i) {
        Speaker &s = d.speakers[i];
        s.name = kFirst.at(i % kFirst.size()) + u' ' + kLast.at((i / kFirst.size()) % kLast.size()) +
                 (i >= kFirst.size() * kLast.size() ? u" "_s + QString::number(i) : QString());
        s.email = speakerEmail(i);
        s.organisation = kOrgs.at(rng.bounded(int(kOrgs.size())));
        s.bio = u"Works on %1 and speaks about it often."_s.arg(kThings.at(rng.bounded(int(kThings.size()))));
    }
    for (int i = 0; i < d.sessions.size(); ++i) {
        Session &s = d.sessions[i];
        if (i % 10 == 7)
            s.title = kChinese.at(rng.bounded(int(kChinese.size()))) + u' ' + QString::number(i + 1);
        else
            s.title = u"%1 %2 %3"_s.arg(kVerbs.at(rng.bounded(int(kVerbs.size()))),
                                        kThings.at(rng.bounded(int(kThings.size()))),
                                        kContexts.at(rng.bounded(int(kContexts.size()))));
        s.abstract =
            u"What we learnt from %1: the pitfalls, the numbers and what we would do again. Talk %2."_s
                .arg(s.title.toLower())
                .arg(i + 1);
        s.tags = {kThings.at(i % kThings.size()).section(u' ', -1)};
        if (int(rng.bounded(100)) < o.unscheduledPercent) {
            s.start = QDateTime();
            if (i % 2 == 0)
                s.roomId = QUuid(); // some keep a room but no time
        }
    }
    auto eventId = ScheduleGenerator::write(store, d);
    if (!eventId)
        return eventId.error();

    QList<TicketType> tickets;
    const QList<std::pair<QString, std::optional<int>>> kinds{
        {u"Regular"_s, 6000}, {u"Student"_s, 1500}, {u"Sponsor"_s, std::nullopt}};
    for (const auto &[name, quota] : kinds) {
        TicketType t;
        t.eventId = eventId.value();
        t.name = name;
        t.quota = quota;
        t.priceCents = name == u"Sponsor" ? 50000 : 0;
        auto added = store.add(t);
        if (!added)
            return added.error();
        tickets.append(added.value());
    }
    QList<Participant> participants;
    static const ParticipantStatus statuses[] = {ParticipantStatus::Confirmed, ParticipantStatus::Confirmed,
                                                 ParticipantStatus::Pending, ParticipantStatus::Waitlisted,
                                                 ParticipantStatus::Cancelled};
    for (int i = 0; i < o.participants; ++i) {
        Participant p;
        p.eventId = eventId.value();
        p.name = kFirst.at((i / 7) % kFirst.size()) + u' ' + kLast.at(i % kLast.size());
        p.email = participantEmail(i);
        p.phone = participantPhone(i);
        p.organisation = kOrgs.at(rng.bounded(int(kOrgs.size())));
        p.ticketTypeId = tickets.at(i % 10 == 0 ? 1 : (i % 25 == 1 ? 2 : 0)).meta.id;
        p.status = statuses[rng.bounded(int(std::size(statuses)))];
        p.source = u"import"_s;
        participants.append(p);
    }
    if (auto added = store.addMany(participants); !added)
        return added.error();
    return eventId.value();
}

} // namespace EventDesk::Test
