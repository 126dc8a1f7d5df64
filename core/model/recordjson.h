#pragma once

#include "event.h"
#include "participant.h"
#include "room.h"
#include "schedulerelease.h"
#include "session.h"
#include "speaker.h"
#include "tickettype.h"
#include "track.h"

#include <QJsonObject>

namespace EventDesk
{

// Stable JSON shapes for the CLI's --json, exports and sync payloads.
QJsonObject toJson(const RecordMeta &meta);
QJsonObject toJson(const Event &r);
QJsonObject toJson(const Room &r);
QJsonObject toJson(const Track &r);
QJsonObject toJson(const Session &r);
QJsonObject toJson(const Speaker &r);
QJsonObject toJson(const Participant &r);
QJsonObject toJson(const TicketType &r);
QJsonObject toJson(const ScheduleRelease &r);

} // namespace EventDesk
