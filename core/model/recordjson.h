#pragma once

#include "customquestion.h"
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
// A custom question's definition, as stored and as the CLI prints it (no event id).
QJsonObject toJson(const CustomQuestion &q);
CustomQuestion customQuestionFromJson(const QJsonObject &o);

} // namespace EventDesk
