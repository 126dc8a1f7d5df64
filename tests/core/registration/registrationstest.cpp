// Quotas, waitlist and status changes (core/registration/registrations.h) on a real workspace.
#include "registration/registrations.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "storage/statushistory.h"
#include "support/tempworkspace.h"

#include <QLocale>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class RegistrationsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_store.open(m_ws.path())); }
    QUuid createEvent(std::optional<int> capacity, bool autoPromote = true)
    {
        Event e;
        e.name = u"Quota Conf"_s;
        e.startDate = e.endDate = QDate(2026, 10, 3);
        e.capacity = capacity;
        e.autoPromoteWaitlist = autoPromote;
        m_eventId = m_store.add(e).value().meta.id;
        return m_eventId;
    }
    QUuid addTicket(const QString &name, std::optional<int> quota)
    {
        TicketType t;
        t.eventId = m_eventId;
        t.name = name;
        t.quota = quota;
        return m_store.add(t).value().meta.id;
    }
    Participant person(const QString &name, const QUuid &ticket = {})
    {
        Participant p;
        p.name = name;
        p.email = name.toLower() + u"@example.org"_s;
        p.ticketTypeId = ticket;
        p.status = ParticipantStatus::Confirmed;
        return p;
    }
    QList<Participant> registerAll(const QList<Participant> &people)
    {
        auto r = Registrations::registerMany(m_store, m_eventId, people);
        EXPECT_TRUE(r) << (r ? std::string() : r.error().message.toStdString());
        return r ? r.value() : QList<Participant>();
    }
    ParticipantStatus statusOf(const QUuid &id) { return m_store.get<Participant>(id).value().status; }

    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
};

TEST(RegistrationsRules, EmailsCompareWithoutCaseAndSpaces)
{
    EXPECT_EQ(Registrations::normalizeEmail(u"  Frank.Silva0@EXAMPLE.org "_s), u"frank.silva0@example.org"_s);
    EXPECT_EQ(Registrations::normalizeEmail(u"a b@c.d"_s), u"ab@c.d"_s);
    EXPECT_EQ(Registrations::normalizeEmail(u"ada@example.org"_s), u"ada@example.org"_s);
    EXPECT_EQ(Registrations::normalizeEmail(u"\u01c5x@b.co"_s), u"\u01c6x@b.co"_s); // a title-case letter
    EXPECT_EQ(Registrations::normalizeEmail(u"\u00c4@b.co"_s), u"\u00e4@b.co"_s);
}

TEST_F(RegistrationsTest, PlacesCountedInTheWorkspaceMatchTheListedParticipants)
{
    createEvent(5);
    const QUuid student = addTicket(u"Student"_s, 3);
    const QUuid vip = addTicket(u"VIP"_s, std::nullopt);
    auto saved = registerAll({person(u"A"_s, student), person(u"B"_s, student), person(u"C"_s, vip),
                              person(u"D"_s), person(u"E"_s, student), person(u"F"_s, student)});
    ASSERT_EQ(saved.size(), 6);
    ASSERT_EQ(saved.at(5).status, ParticipantStatus::Waitlisted); // the event is full
    // A checked-in place still counts, a cancelled one does not, a deleted registration does not.
    ASSERT_TRUE(
        Registrations::changeStatus(m_store, m_eventId, {saved.at(0).meta.id}, ParticipantStatus::CheckedIn));
    ASSERT_TRUE(
        Registrations::changeStatus(m_store, m_eventId, {saved.at(2).meta.id}, ParticipantStatus::Cancelled));
    ASSERT_TRUE(m_store.setDeleted<Participant>({saved.at(3).meta.id}, true));

    const Event event = m_store.get<Event>(m_eventId).value();
    const QList<TicketType> tickets = m_store.list<TicketType>(m_eventId).value();
    const auto listed =
        Registrations::freePlaces(event, tickets, m_store.list<Participant>(m_eventId).value());
    const auto counted = Registrations::freePlaces(m_store, event, tickets);
    ASSERT_TRUE(counted) << counted.error().message.toStdString();
    EXPECT_EQ(counted.value().event, listed.event);
    EXPECT_EQ(counted.value().tickets, listed.tickets);
    EXPECT_EQ(counted.value().event, std::optional<int>(5 - 3)); // A (checked in), B, E
    EXPECT_EQ(counted.value().tickets.value(student), std::optional<int>(0));
    EXPECT_EQ(counted.value().tickets.value(vip), std::optional<int>());
}

TEST_F(RegistrationsTest, QuotaRaceInsideOneTransaction)
{
    createEvent(std::nullopt);
    const QUuid student = addTicket(u"Student"_s, 2);
    // Five people ask for the last two student places in one batch: the first two get them.
    const auto saved = registerAll({person(u"A"_s, student), person(u"B"_s, student), person(u"C"_s, student),
                                    person(u"D"_s, student), person(u"E"_s)});
    ASSERT_EQ(saved.size(), 5);
    QStringList got;
    for (const Participant &p : saved)
        got.append(participantStatusName(p.status));
    EXPECT_EQ(
        got, (QStringList{u"confirmed"_s, u"confirmed"_s, u"waitlisted"_s, u"waitlisted"_s, u"confirmed"_s}));
    for (const Participant &p : saved)
        EXPECT_EQ(statusOf(p.meta.id), p.status);
    // A second batch sees the committed places.
    EXPECT_EQ(registerAll({person(u"F"_s, student)}).first().status, ParticipantStatus::Waitlisted);
}

TEST_F(RegistrationsTest, EventCapacityLimitsAllTicketTypes)
{
    createEvent(3);
    const QUuid a = addTicket(u"A"_s, std::nullopt);
    const QUuid b = addTicket(u"B"_s, 10);
    const auto saved =
        registerAll({person(u"P1"_s, a), person(u"P2"_s, b), person(u"P3"_s), person(u"P4"_s, b)});
    EXPECT_EQ(saved.at(2).status, ParticipantStatus::Confirmed);
    EXPECT_EQ(saved.at(3).status, ParticipantStatus::Waitlisted);
}

TEST_F(RegistrationsTest, FailedBatchLeavesNothingBehind)
{
    createEvent(1);
    Participant bad = person(u"Bad"_s);
    bad.email = u"not an email"_s;
    auto r = Registrations::registerMany(m_store, m_eventId, {person(u"Good"_s), bad});
    ASSERT_FALSE(r);
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 0);
    // The place was not taken by the rolled-back batch.
    EXPECT_EQ(registerAll({person(u"Next"_s)}).first().status, ParticipantStatus::Confirmed);
}

TEST_F(RegistrationsTest, CancellingPromotesTheOldestWaitlistedFirst)
{
    createEvent(2);
    const auto first = registerAll({person(u"A"_s), person(u"B"_s)});
    QList<QUuid> waiting;
    for (const QString &name : {u"W1"_s, u"W2"_s, u"W3"_s}) {
        const auto w = registerAll({person(name)});
        EXPECT_EQ(w.first().status, ParticipantStatus::Waitlisted);
        waiting.append(w.first().meta.id);
        // created_utc has millisecond resolution; make the order unambiguous.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        while (QDateTime::currentDateTimeUtc() == now)
            QThread::yieldCurrentThread();
    }
    auto changed =
        Registrations::changeStatus(m_store, m_eventId, {first.at(0).meta.id}, ParticipantStatus::Cancelled);
    ASSERT_TRUE(changed);
    ASSERT_EQ(changed.value().size(), 2);
    EXPECT_EQ(changed.value().at(0).meta.id, first.at(0).meta.id);
    EXPECT_EQ(changed.value().at(1).meta.id, waiting.at(0));
    EXPECT_EQ(statusOf(waiting.at(0)), ParticipantStatus::Confirmed);
    EXPECT_EQ(statusOf(waiting.at(1)), ParticipantStatus::Waitlisted);

    // Two more cancellations: W2 then W3, in registration order.
    ASSERT_TRUE(Registrations::changeStatus(m_store, m_eventId, {first.at(1).meta.id, waiting.at(0)},
                                            ParticipantStatus::Cancelled));
    EXPECT_EQ(statusOf(waiting.at(1)), ParticipantStatus::Confirmed);
    EXPECT_EQ(statusOf(waiting.at(2)), ParticipantStatus::Confirmed);

    // The history shows each step with who made it.
    auto history = StatusHistory(m_store).forParticipant(waiting.at(0));
    ASSERT_TRUE(history);
    ASSERT_EQ(history.value().size(), 3);
    EXPECT_EQ(history.value().at(0).to, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(1).to, ParticipantStatus::Confirmed);
    EXPECT_EQ(history.value().at(2).to, ParticipantStatus::Cancelled);
    EXPECT_EQ(history.value().at(2).changedBy, m_store.actor());
}

TEST_F(RegistrationsTest, PromotionRespectsTicketQuotasAndManualMode)
{
    createEvent(std::nullopt, false);
    const QUuid vip = addTicket(u"VIP"_s, 1);
    const auto saved = registerAll({person(u"V1"_s, vip), person(u"V2"_s, vip)});
    ASSERT_EQ(saved.at(1).status, ParticipantStatus::Waitlisted);
    auto changed =
        Registrations::changeStatus(m_store, m_eventId, {saved.at(0).meta.id}, ParticipantStatus::Cancelled);
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed.value().size(), 1); // manual promotion: nobody moves by themselves
    EXPECT_EQ(statusOf(saved.at(1).meta.id), ParticipantStatus::Waitlisted);

    const auto promotion = Registrations::planPromotion(m_store.get<Event>(m_eventId).value(),
                                                        m_store.list<TicketType>(m_eventId).value(),
                                                        m_store.list<Participant>(m_eventId).value());
    ASSERT_EQ(promotion.size(), 1);
    EXPECT_EQ(promotion.first().meta.id, saved.at(1).meta.id);
}

TEST_F(RegistrationsTest, InTransactionRollsBackEveryInnerWrite)
{
    createEvent(std::nullopt);
    auto r = m_store.inTransaction([&]() -> Result<void> {
        Participant p = person(u"Inner"_s);
        p.eventId = m_eventId;
        if (auto added = m_store.add(p); !added)
            return added.error();
        return Error{ErrorCode::Validation, u"stop"_s, {}};
    });
    EXPECT_FALSE(r);
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 0);
}

TEST_F(RegistrationsTest, CheckInDoesNotPromoteAnybody)
{
    createEvent(1);
    const auto saved = registerAll({person(u"A"_s), person(u"W"_s)});
    ASSERT_EQ(saved.at(1).status, ParticipantStatus::Waitlisted);
    auto changed =
        Registrations::changeStatus(m_store, m_eventId, {saved.at(0).meta.id}, ParticipantStatus::CheckedIn);
    ASSERT_TRUE(changed);
    ASSERT_EQ(changed.value().size(), 1);
    EXPECT_EQ(statusOf(saved.at(1).meta.id), ParticipantStatus::Waitlisted);
}

TEST(RegistrationsRules, CheckInVerdictFollowsTheStatus)
{
    Participant p;
    p.name = u"Ada"_s;
    using Outcome = Registrations::CheckInVerdict::Outcome;
    const QList<std::pair<ParticipantStatus, Outcome>> cases{
        {ParticipantStatus::Confirmed, Outcome::Allowed},
        {ParticipantStatus::Pending, Outcome::Allowed},
        {ParticipantStatus::Cancelled, Outcome::Cancelled},
        {ParticipantStatus::Waitlisted, Outcome::Waitlisted},
        {ParticipantStatus::CheckedIn, Outcome::AlreadyCheckedIn}};
    for (const auto &[status, outcome] : cases) {
        p.status = status;
        const auto v = Registrations::checkInVerdict(p);
        EXPECT_EQ(v.outcome, outcome) << participantStatusName(status).toStdString();
        EXPECT_EQ(v.allowed(), outcome == Outcome::Allowed);
        EXPECT_EQ(v.overridable(), outcome == Outcome::Cancelled || outcome == Outcome::Waitlisted);
        EXPECT_TRUE(v.message().contains(u"Ada"_s)) << v.message().toStdString();
    }
}

TEST_F(RegistrationsTest, CheckInRefusesCancelledAndWaitlistedUnlessForced)
{
    createEvent(1);
    const auto saved = registerAll({person(u"A"_s), person(u"W"_s), person(u"C"_s)});
    ASSERT_EQ(saved.at(1).status, ParticipantStatus::Waitlisted);
    const QUuid a = saved.at(0).meta.id, w = saved.at(1).meta.id, c = saved.at(2).meta.id;
    ASSERT_TRUE(Registrations::changeStatus(m_store, m_eventId, {c}, ParticipantStatus::Cancelled));

    // One refused: nobody is checked in, not even the confirmed one asked for with it.
    auto refused = Registrations::checkIn(m_store, m_eventId, {a, c}, false);
    ASSERT_TRUE(refused) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.value().refused());
    EXPECT_TRUE(refused.value().checkedIn.isEmpty());
    ASSERT_EQ(refused.value().verdicts.size(), 2);
    EXPECT_TRUE(refused.value().verdicts.at(0).allowed());
    EXPECT_EQ(refused.value().verdicts.at(1).outcome, Registrations::CheckInVerdict::Outcome::Cancelled);
    EXPECT_TRUE(refused.value().verdicts.at(1).message().contains(u"cancelled"_s));
    EXPECT_EQ(statusOf(a), ParticipantStatus::Confirmed);
    EXPECT_EQ(statusOf(c), ParticipantStatus::Cancelled);
    auto waiting = Registrations::checkIn(m_store, m_eventId, {w}, false);
    ASSERT_TRUE(waiting);
    EXPECT_EQ(waiting.value().verdicts.at(0).outcome, Registrations::CheckInVerdict::Outcome::Waitlisted);
    EXPECT_EQ(statusOf(w), ParticipantStatus::Waitlisted);

    // The organizer overrides.
    auto forced = Registrations::checkIn(m_store, m_eventId, {a, c}, true);
    ASSERT_TRUE(forced) << forced.error().message.toStdString();
    EXPECT_EQ(forced.value().checkedIn.size(), 2);
    EXPECT_EQ(statusOf(a), ParticipantStatus::CheckedIn);
    EXPECT_EQ(statusOf(c), ParticipantStatus::CheckedIn);
}

TEST_F(RegistrationsTest, SecondCheckInSaysWhenTheFirstWas)
{
    createEvent({});
    const QUuid a = registerAll({person(u"Ada"_s)}).first().meta.id;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto first = Registrations::checkIn(m_store, m_eventId, {a}, false);
    ASSERT_TRUE(first);
    ASSERT_EQ(first.value().checkedIn.size(), 1);
    const QList<ParticipantStatusChange> history = StatusHistory(m_store).forParticipant(a).value();
    ASSERT_EQ(history.last().to, ParticipantStatus::CheckedIn);

    auto again = Registrations::checkInVerdict(m_store, m_eventId, a);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again.value().outcome, Registrations::CheckInVerdict::Outcome::AlreadyCheckedIn);
    EXPECT_FALSE(again.value().overridable());
    EXPECT_EQ(again.value().checkedInUtc, history.last().changedUtc);
    EXPECT_GE(again.value().checkedInUtc, before);
    const QString time = QLocale().toString(history.last().changedUtc.toLocalTime(), QLocale::ShortFormat);
    EXPECT_TRUE(again.value().message().contains(time)) << again.value().message().toStdString();

    auto second = Registrations::checkIn(m_store, m_eventId, {a}, false);
    ASSERT_TRUE(second);
    EXPECT_FALSE(second.value().refused());
    EXPECT_TRUE(second.value().checkedIn.isEmpty());
    EXPECT_EQ(StatusHistory(m_store).forParticipant(a).value().size(), history.size())
        << "nothing written again";
}

TEST_F(RegistrationsTest, CheckInOnlyForTheEventsLiveRegistrations)
{
    createEvent({});
    const QUuid a = registerAll({person(u"Ada"_s)}).first().meta.id;
    const QUuid other = createEvent({});
    EXPECT_FALSE(Registrations::checkInVerdict(m_store, other, a));
    EXPECT_FALSE(Registrations::checkIn(m_store, other, {a}, true));
}

TEST_F(RegistrationsTest, DeletingAConfirmedRegistrationPromotesTheWaitlist)
{
    createEvent(1);
    const auto saved = registerAll({person(u"A"_s), person(u"W1"_s), person(u"W2"_s)});
    ASSERT_EQ(saved.at(1).status, ParticipantStatus::Waitlisted);
    auto removed = Registrations::removeMany(m_store, m_eventId, {saved.at(0).meta.id});
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    ASSERT_EQ(removed.value().promotedAfter.size(), 1);
    EXPECT_EQ(removed.value().promotedAfter.first().meta.id, saved.at(1).meta.id);
    EXPECT_EQ(removed.value().promotedBefore.first().status, ParticipantStatus::Waitlisted);
    EXPECT_TRUE(m_store.get<Participant>(saved.at(0).meta.id).value().meta.deleted);
    EXPECT_EQ(statusOf(saved.at(1).meta.id), ParticipantStatus::Confirmed);
    EXPECT_EQ(statusOf(saved.at(2).meta.id), ParticipantStatus::Waitlisted);

    // Deleting a waitlisted one frees no place: nobody moves.
    removed = Registrations::removeMany(m_store, m_eventId, {saved.at(2).meta.id});
    ASSERT_TRUE(removed);
    EXPECT_TRUE(removed.value().promotedAfter.isEmpty());
}

TEST_F(RegistrationsTest, DeletingDoesNotPromoteWhenPromotionIsManual)
{
    createEvent(1, false);
    const auto saved = registerAll({person(u"A"_s), person(u"W"_s)});
    auto removed = Registrations::removeMany(m_store, m_eventId, {saved.at(0).meta.id});
    ASSERT_TRUE(removed);
    EXPECT_TRUE(removed.value().promotedAfter.isEmpty());
    EXPECT_EQ(statusOf(saved.at(1).meta.id), ParticipantStatus::Waitlisted);
}

} // namespace

namespace
{
TEST_F(RegistrationsTest, RegisterManyChecksAnswersAndDuplicateEmailsAndSaysWhichRecord)
{
    createEvent(std::nullopt);
    CustomQuestion diet;
    diet.id = QUuid::createUuid();
    diet.eventId = m_eventId;
    diet.label = u"Diet"_s;
    diet.type = CustomQuestion::Type::SingleChoice;
    diet.options = {u"vegan"_s, u"none"_s};
    diet.required = true;
    ASSERT_TRUE(CustomQuestionStore(m_store).replace(m_eventId, {diet}));
    const QString key = diet.id.toString(QUuid::WithoutBraces);
    auto answered = [&](const QString &name, const QString &answer = u"none"_s) {
        Participant p = person(name);
        p.answers.insert(key, answer);
        return p;
    };
    const Participant ada = registerAll({answered(u"Ada"_s)}).first();

    Participant again = answered(u"Ada"_s); // the same email, in another case
    again.email = u" ADA@example.org"_s;
    QList<Registrations::Check> checks;
    auto r = Registrations::registerMany(m_store, m_eventId,
                                         {answered(u"Bob"_s), person(u"Cleo"_s), again, answered(u"Bob"_s)},
                                         Registrations::DuplicateEmails::Refuse, &checks);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Validation);
    ASSERT_EQ(checks.size(), 4);
    EXPECT_TRUE(checks.at(0).isClean());
    ASSERT_EQ(checks.at(1).errors.size(), 1) << "Cleo did not answer the required question";
    EXPECT_EQ(checks.at(1).errors.first().field, key);
    EXPECT_EQ(r.error().message, checks.at(1).errors.first().message) << "the first refusal's sentence";
    ASSERT_TRUE(checks.at(2).duplicate);
    EXPECT_EQ(checks.at(2).duplicate->meta.id, ada.meta.id);
    ASSERT_TRUE(checks.at(3).duplicate) << "the same email earlier in the batch";
    EXPECT_EQ(checks.at(3).duplicate->name, u"Bob"_s);
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 1) << "nothing written";

    // An answer outside the options is refused too; a duplicate is kept when the organiser allows it.
    EXPECT_FALSE(Registrations::registerMany(m_store, m_eventId, {answered(u"Dan"_s, u"meat"_s)}));
    auto kept =
        Registrations::registerMany(m_store, m_eventId, {again}, Registrations::DuplicateEmails::Allow);
    ASSERT_TRUE(kept) << kept.error().message.toStdString();
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 2);

    // check() asks the same without writing: what the registration form shows.
    auto asked = Registrations::check(m_store, m_eventId, {answered(u"Eve"_s), again});
    ASSERT_TRUE(asked);
    EXPECT_TRUE(asked.value().at(0).isClean());
    ASSERT_TRUE(asked.value().at(1).duplicate);
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 2);
}
} // namespace
