#include "registrations.h"

#include "customquestions.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "storage/statushistory.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString Registrations::normalizeEmail(const QString &email)
{
    // Most addresses are already lower case without spaces: share the text instead of copying it.
    if (std::none_of(email.begin(), email.end(), [](QChar c) { return c.isSpace() || c.toLower() != c; }))
        return email;
    QString out;
    out.reserve(email.size());
    for (QChar c : email)
        if (!c.isSpace())
            out.append(c.toLower());
    return out;
}

bool Registrations::holdsPlace(ParticipantStatus status)
{
    return status == ParticipantStatus::Confirmed || status == ParticipantStatus::CheckedIn;
}

bool Registrations::Places::hasRoomFor(const QUuid &ticketTypeId) const
{
    if (event && *event <= 0)
        return false;
    if (!ticketTypeId.isNull()) {
        const auto quota = tickets.value(ticketTypeId);
        if (quota && *quota <= 0)
            return false;
    }
    return true;
}

void Registrations::Places::take(const QUuid &ticketTypeId)
{
    if (event)
        --*event;
    if (!ticketTypeId.isNull())
        if (auto it = tickets.find(ticketTypeId); it != tickets.end() && it->has_value())
            --**it;
}

void Registrations::Places::giveBack(const QUuid &ticketTypeId)
{
    if (event)
        ++*event;
    if (!ticketTypeId.isNull())
        if (auto it = tickets.find(ticketTypeId); it != tickets.end() && it->has_value())
            ++**it;
}

Registrations::Places Registrations::freePlaces(const Event &event, const QList<TicketType> &tickets,
                                                const QList<Participant> &participants)
{
    Places places;
    places.event = event.capacity;
    for (const TicketType &t : tickets)
        places.tickets.insert(t.meta.id, t.quota);
    for (const Participant &p : participants)
        if (!p.meta.deleted && holdsPlace(p.status))
            places.take(p.ticketTypeId);
    return places;
}

Result<Registrations::Places> Registrations::freePlaces(const EventStore &store, const Event &event,
                                                        const QList<TicketType> &tickets)
{
    auto held = store.countParticipantsByTicket(event.meta.id,
                                                {ParticipantStatus::Confirmed, ParticipantStatus::CheckedIn});
    if (!held)
        return held.error();
    Places places = freePlaces(event, tickets, {});
    for (auto it = held.value().constBegin(); it != held.value().constEnd(); ++it) {
        if (places.event)
            *places.event -= int(it.value());
        if (auto t = places.tickets.find(it.key()); t != places.tickets.end() && t->has_value())
            **t -= int(it.value());
    }
    return places;
}

Result<Registrations::Places> Registrations::freePlaces(const EventStore &store, const QUuid &eventId)
{
    auto event = store.get<Event>(eventId);
    if (!event)
        return event.error();
    auto tickets = store.list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    return freePlaces(store, event.value(), tickets.value());
}

void Registrations::admitOne(Participant &p, Places &places)
{
    if (p.status != ParticipantStatus::Pending && p.status != ParticipantStatus::Confirmed) {
        if (holdsPlace(p.status))
            places.take(p.ticketTypeId);
        return;
    }
    if (places.hasRoomFor(p.ticketTypeId)) {
        p.status = ParticipantStatus::Confirmed;
        places.take(p.ticketTypeId);
    } else {
        p.status = ParticipantStatus::Waitlisted;
    }
}

QList<Participant> Registrations::admit(QList<Participant> incoming, Places &places)
{
    for (Participant &p : incoming)
        admitOne(p, places);
    return incoming;
}

namespace
{
QList<Participant> waitlistInOrder(const QList<Participant> &participants, const QSet<QUuid> &exclude)
{
    QList<Participant> waiting;
    for (const Participant &p : participants)
        if (!p.meta.deleted && p.status == ParticipantStatus::Waitlisted && !exclude.contains(p.meta.id))
            waiting.append(p);
    // Oldest registration first; registrations saved together (one import) keep the order they were saved
    // in, which is the order EventStore lists them in.
    std::stable_sort(waiting.begin(), waiting.end(), [](const Participant &a, const Participant &b) {
        return a.meta.createdUtc < b.meta.createdUtc;
    });
    return waiting;
}

QList<Participant> promote(const QList<Participant> &waiting, Registrations::Places &places, int maxCount)
{
    QList<Participant> promoted;
    for (Participant p : waiting) {
        if (maxCount >= 0 && promoted.size() >= maxCount)
            break;
        if (!places.hasRoomFor(p.ticketTypeId))
            continue; // a later one with another ticket type may still fit
        p.status = ParticipantStatus::Confirmed;
        places.take(p.ticketTypeId);
        promoted.append(p);
    }
    return promoted;
}
} // namespace

QList<Participant> Registrations::planStatusChange(const Event &event, const QList<TicketType> &tickets,
                                                   const QList<Participant> &participants,
                                                   const QList<QUuid> &ids, ParticipantStatus status)
{
    return planStatusChange(event, freePlaces(event, tickets, participants), participants, ids, status);
}

QList<Participant> Registrations::planStatusChange(const Event &event, Places places,
                                                   const QList<Participant> &participants,
                                                   const QList<QUuid> &ids, ParticipantStatus status)
{
    QHash<QUuid, Participant> byId;
    for (const Participant &p : participants)
        byId.insert(p.meta.id, p);
    QList<Participant> changed;
    QSet<QUuid> touched;
    bool freed = false;
    for (const QUuid &id : ids) {
        auto it = byId.constFind(id);
        if (it == byId.constEnd() || it->meta.deleted || it->status == status || touched.contains(id))
            continue;
        Participant after = *it;
        if (holdsPlace(after.status) && !holdsPlace(status)) {
            places.giveBack(after.ticketTypeId);
            freed = true;
        } else if (!holdsPlace(after.status) && holdsPlace(status))
            places.take(after.ticketTypeId); // the organiser decides: may go over the quota
        after.status = status;
        changed.append(after);
        touched.insert(id);
    }
    if (event.autoPromoteWaitlist && freed) // only places this change frees; see planPromotion for the rest
        changed += promote(waitlistInOrder(participants, touched), places, -1);
    return changed;
}

QList<Participant> Registrations::planRemoval(const Event &event, const QList<TicketType> &tickets,
                                              const QList<Participant> &participants, const QList<QUuid> &ids)
{
    return planRemoval(event, freePlaces(event, tickets, participants), participants, ids);
}

QList<Participant> Registrations::planRemoval(const Event &event, Places places,
                                              const QList<Participant> &participants, const QList<QUuid> &ids)
{
    const QSet<QUuid> removed(ids.cbegin(), ids.cend());
    bool freed = false;
    for (const Participant &p : participants) {
        if (removed.contains(p.meta.id) && !p.meta.deleted && holdsPlace(p.status)) {
            places.giveBack(p.ticketTypeId);
            freed = true;
        }
    }
    if (!event.autoPromoteWaitlist || !freed)
        return {};
    return promote(waitlistInOrder(participants, removed), places, -1);
}

QList<Participant> Registrations::planPromotion(const Event &event, const QList<TicketType> &tickets,
                                                const QList<Participant> &participants, int maxCount)
{
    Places places = freePlaces(event, tickets, participants);
    return promote(waitlistInOrder(participants, {}), places, maxCount);
}

namespace
{
// What a status change or a deletion needs: the event and the participants in ids. Only when the change
// frees a place and the event promotes automatically, also its places (counted in the workspace) and its
// waitlist: checking in one person at an event of 100,000 reads one row, not all of them.
struct EventData {
    Event event;
    Registrations::Places places;
    QList<Participant> participants;
};
Result<EventData> load(EventStore &store, const QUuid &eventId, const QList<QUuid> &ids,
                       const std::function<bool(const Participant &)> &freesPlace)
{
    EventData d;
    auto event = store.get<Event>(eventId);
    if (!event)
        return event.error();
    d.event = event.value();
    auto concerned = store.listParticipants(eventId, ids, {});
    if (!concerned)
        return concerned.error();
    d.participants = std::move(concerned).value();
    if (!d.event.autoPromoteWaitlist ||
        std::none_of(d.participants.cbegin(), d.participants.cend(), freesPlace))
        return d; // nobody moves up: the places do not matter
    auto tickets = store.list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    auto places = Registrations::freePlaces(store, d.event, tickets.value());
    if (!places)
        return places.error();
    d.places = std::move(places).value();
    auto withWaitlist = store.listParticipants(eventId, ids, {ParticipantStatus::Waitlisted});
    if (!withWaitlist)
        return withWaitlist.error();
    d.participants = std::move(withWaitlist).value();
    return d;
}
} // namespace

FieldErrors Registrations::validate(const Participant &p, const QList<CustomQuestion> &questions)
{
    return p.validate() + CustomQuestions::validate(questions, p.answers);
}

Result<QList<Registrations::Check>> Registrations::check(EventStore &store, const QUuid &eventId,
                                                         const QList<Participant> &incoming)
{
    auto questions = CustomQuestionStore(store).list(eventId);
    if (!questions)
        return questions.error();
    auto existing = store.list<Participant>(eventId);
    if (!existing)
        return existing.error();
    QHash<QString, Participant> byEmail; // normalised email -> the registration that has it
    for (const Participant &p : std::as_const(existing.value()))
        if (!p.email.isEmpty())
            byEmail.insert(normalizeEmail(p.email), p);
    QList<Check> checks;
    checks.reserve(incoming.size());
    for (const Participant &p : incoming) {
        Check c;
        c.errors = validate(p, questions.value());
        const QString key = normalizeEmail(p.email);
        if (!key.isEmpty()) {
            // An earlier one in the batch may have no id yet.
            if (auto it = byEmail.constFind(key);
                it != byEmail.constEnd() && (it->meta.id.isNull() || it->meta.id != p.meta.id))
                c.duplicate = *it;
            else if (it == byEmail.constEnd())
                byEmail.insert(key, p);
        }
        checks.append(c);
    }
    return checks;
}

QString Registrations::describe(const Check &check, const Participant &p)
{
    if (!check.errors.isEmpty())
        return check.errors.first().message;
    if (check.duplicate)
        return tr("%1 is already registered as %2 (%3, id %4).")
            .arg(p.email, check.duplicate->name, participantStatusDisplayName(check.duplicate->status),
                 check.duplicate->meta.id.toString(QUuid::WithoutBraces).left(8));
    return {};
}

Result<QList<Participant>> Registrations::registerMany(EventStore &store, const QUuid &eventId,
                                                       QList<Participant> incoming,
                                                       DuplicateEmails duplicates, QList<Check> *checks)
{
    QList<Participant> admitted;
    auto ok = store.inTransaction([&]() -> Result<void> {
        // Checked inside the transaction: a teammate's registration a moment ago counts.
        auto checked = check(store, eventId, incoming);
        if (!checked)
            return checked.error();
        if (checks)
            *checks = checked.value();
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            Check c = checked.value().at(i);
            if (duplicates == DuplicateEmails::Allow)
                c.duplicate.reset();
            if (!c.isClean())
                return Error{ErrorCode::Validation, describe(c, incoming.at(i)), {}};
        }
        auto questions = CustomQuestionStore(store).list(eventId);
        if (!questions)
            return questions.error();
        for (Participant &p : incoming) { // answers to keys that are no question of the event stay
            const QJsonObject visible = CustomQuestions::visibleAnswers(questions.value(), p.answers);
            for (const CustomQuestion &q : std::as_const(questions.value()))
                p.answers.remove(q.id.toString(QUuid::WithoutBraces));
            for (auto it = visible.begin(); it != visible.end(); ++it)
                p.answers.insert(it.key(), it.value());
        }
        auto free = freePlaces(store, eventId);
        if (!free)
            return free.error();
        Places places = std::move(free).value();
        const QList<QUuid> fresh = newRecordIds(std::count_if(
            incoming.cbegin(), incoming.cend(), [](const Participant &p) { return p.meta.id.isNull(); }));
        auto next = fresh.cbegin();
        for (Participant &p : incoming) {
            p.eventId = eventId;
            if (p.meta.id.isNull())
                p.meta.id = *next++;
        }
        admitted = admit(incoming, places);
        auto added = store.addMany(admitted);
        if (!added)
            return added.error();
        return {};
    });
    if (!ok)
        return ok.error();
    return admitted;
}

Result<Registrations::Removal> Registrations::removeMany(EventStore &store, const QUuid &eventId,
                                                         const QList<QUuid> &ids)
{
    Removal removal;
    auto ok = store.inTransaction([&]() -> Result<void> {
        auto data = load(store, eventId, ids, [](const Participant &p) { return holdsPlace(p.status); });
        if (!data)
            return data.error();
        removal.promotedAfter =
            planRemoval(data.value().event, data.value().places, data.value().participants, ids);
        QHash<QUuid, qsizetype> index;
        const QList<Participant> &all = data.value().participants;
        for (qsizetype i = 0; i < all.size(); ++i)
            index.insert(all.at(i).meta.id, i);
        for (const Participant &after : std::as_const(removal.promotedAfter))
            removal.promotedBefore.append(all.at(index.value(after.meta.id)));
        if (auto removed = store.setDeleted<Participant>(ids, true); !removed)
            return removed.error();
        if (removal.promotedAfter.isEmpty())
            return {};
        auto written = store.updateMany(removal.promotedAfter, EventStore::RevisionCheck::Ignore);
        if (!written)
            return written.error();
        return {};
    });
    if (!ok)
        return ok.error();
    return removal;
}

Result<QList<Participant>> Registrations::changeStatus(EventStore &store, const QUuid &eventId,
                                                       const QList<QUuid> &ids, ParticipantStatus status,
                                                       QList<Participant> *before)
{
    QList<Participant> changed;
    auto ok = store.inTransaction([&]() -> Result<void> {
        auto data = load(store, eventId, ids, [status](const Participant &p) {
            return holdsPlace(p.status) && !holdsPlace(status);
        });
        if (!data)
            return data.error();
        changed =
            planStatusChange(data.value().event, data.value().places, data.value().participants, ids, status);
        if (changed.isEmpty())
            return {};
        if (before) {
            QHash<QUuid, qsizetype> index;
            const QList<Participant> &all = data.value().participants;
            for (qsizetype i = 0; i < all.size(); ++i)
                index.insert(all.at(i).meta.id, i);
            before->clear();
            for (const Participant &after : std::as_const(changed))
                before->append(all.at(index.value(after.meta.id)));
        }
        auto written = store.updateMany(changed, EventStore::RevisionCheck::Ignore);
        if (!written)
            return written.error();
        return {};
    });
    if (!ok)
        return ok.error();
    return changed;
}

Registrations::CheckInVerdict Registrations::checkInVerdict(const Participant &p,
                                                            const QDateTime &checkedInUtc)
{
    CheckInVerdict v;
    v.name = p.name;
    switch (p.status) {
    case ParticipantStatus::Pending:
    case ParticipantStatus::Confirmed:
        v.outcome = CheckInVerdict::Outcome::Allowed;
        break;
    case ParticipantStatus::CheckedIn:
        v.outcome = CheckInVerdict::Outcome::AlreadyCheckedIn;
        v.checkedInUtc = checkedInUtc;
        break;
    case ParticipantStatus::Cancelled:
        v.outcome = CheckInVerdict::Outcome::Cancelled;
        break;
    case ParticipantStatus::Waitlisted:
        v.outcome = CheckInVerdict::Outcome::Waitlisted;
        break;
    }
    return v;
}

QString Registrations::CheckInVerdict::message() const
{
    switch (outcome) {
    case Outcome::Allowed:
        return tr("Checked in: %1.").arg(name);
    case Outcome::AlreadyCheckedIn:
        if (!checkedInUtc.isValid())
            return tr("%1 is already checked in.").arg(name);
        return tr("%1 already checked in at %2.")
            .arg(name, QLocale().toString(checkedInUtc.toLocalTime(), QLocale::ShortFormat));
    case Outcome::Cancelled:
        return tr("Not checked in: the registration of %1 is cancelled.").arg(name);
    case Outcome::Waitlisted:
        return tr("Not checked in: %1 is on the waitlist.").arg(name);
    }
    return {};
}

bool Registrations::CheckIn::refused() const
{
    return std::any_of(verdicts.cbegin(), verdicts.cend(),
                       [](const CheckInVerdict &v) { return v.overridable(); });
}

Result<Registrations::CheckInVerdict> Registrations::checkInVerdict(EventStore &store, const QUuid &eventId,
                                                                    const QUuid &participantId)
{
    auto p = store.get<Participant>(participantId);
    if (!p)
        return p.error();
    if (p.value().meta.deleted || p.value().eventId != eventId)
        return Error{ErrorCode::NotFound, tr("%1 is not registered for this event.").arg(p.value().name), {}};
    QDateTime checkedIn;
    if (p.value().status == ParticipantStatus::CheckedIn) {
        auto history = StatusHistory(store).forParticipant(participantId);
        if (!history)
            return history.error();
        for (const ParticipantStatusChange &c : history.value())
            if (c.to == ParticipantStatus::CheckedIn)
                checkedIn = c.changedUtc; // the last one
    }
    return checkInVerdict(p.value(), checkedIn);
}

Result<Registrations::CheckIn> Registrations::checkIn(EventStore &store, const QUuid &eventId,
                                                      const QList<QUuid> &ids, bool force)
{
    CheckIn result;
    auto ok = store.inTransaction([&]() -> Result<void> {
        QList<QUuid> admitted;
        for (const QUuid &id : ids) {
            auto verdict = checkInVerdict(store, eventId, id);
            if (!verdict)
                return verdict.error();
            result.verdicts.append(verdict.value());
            if (verdict.value().allowed() || (force && verdict.value().overridable()))
                admitted.append(id);
        }
        if (result.refused() && !force)
            return {};
        if (admitted.isEmpty())
            return {};
        auto changed = changeStatus(store, eventId, admitted, ParticipantStatus::CheckedIn);
        if (!changed)
            return changed.error();
        result.checkedIn = changed.value();
        return {};
    });
    if (!ok)
        return ok.error();
    return result;
}

} // namespace EventDesk
