#include "schedulepublisher.h"

#include "model/recordjson.h"
#include "storage/eventstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QJsonArray SchedulePublisher::workingCopy(const EventStore &store, const QUuid &eventId)
{
    QJsonArray out;
    if (auto sessions = store.list<Session>(eventId))
        for (const Session &s : sessions.value())
            out.append(toJson(s));
    return out;
}

Result<ScheduleRelease> SchedulePublisher::publish(EventStore &store, const QUuid &eventId,
                                                   const QString &name, const QString &comment)
{
    auto releases = store.list<ScheduleRelease>(eventId);
    if (!releases)
        return releases.error();
    ScheduleRelease r;
    r.eventId = eventId;
    r.version = releases.value().isEmpty() ? 1 : releases.value().last().version + 1;
    r.name = name.trimmed();
    r.comment = comment;
    r.sessions = workingCopy(store, eventId);
    return store.add(r);
}

Result<QJsonArray> SchedulePublisher::sessionsOf(const EventStore &store, const QUuid &eventId,
                                                 const QString &which)
{
    if (which.isEmpty() || which == u"working")
        return workingCopy(store, eventId);
    auto releases = store.list<ScheduleRelease>(eventId);
    if (!releases)
        return releases.error();
    if (which == u"latest") {
        if (releases.value().isEmpty())
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("EventDesk::SchedulePublisher",
                                                     "The schedule has not been published yet."),
                         {}};
        return releases.value().last().sessions;
    }
    bool ok = false;
    const int version = which.toInt(&ok);
    for (const ScheduleRelease &r : releases.value())
        if (ok && r.version == version)
            return r.sessions;
    // A release's name (ignoring case); when several share it, the newest.
    for (auto r = releases.value().crbegin(); r != releases.value().crend(); ++r)
        if (!r->name.trimmed().isEmpty() &&
            r->name.trimmed().compare(which.trimmed(), Qt::CaseInsensitive) == 0)
            return r->sessions;
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate(
                     "EventDesk::SchedulePublisher",
                     "There is no release \"%1\"; use a version number, a release's name, latest or working.")
                     .arg(which),
                 {}};
}

} // namespace EventDesk
