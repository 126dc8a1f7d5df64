#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace EventDesk
{

// A model's agenda proposal as it answered it, before any id is resolved or anything is checked. The
// shape (field names as in issue #13 and docs/assistant.md):
//   {"summary": "…",
//    "placements": [{"session": "ID", "room": "ID", "start": "YYYY-MM-DDTHH:MM", "duration_minutes": 45}],
//    "new_sessions": [{"title": "Lunch", "type": "break", "room": "ID or null", "start": "…",
//                      "duration_minutes": 60}]}
// Items keep their raw text: a missing or malformed field is reported per item by ProposalChecker, so one
// bad item does not lose the others.
struct AgendaProposal {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AgendaProposal)
public:
    struct Placement {
        QString session;
        QString room;
        QString start;
        std::optional<int> durationMinutes; // no value: missing or not a whole number
    };
    struct NewSession {
        QString title;
        QString type;
        QString room; // empty: no room (null in the JSON)
        QString start;
        std::optional<int> durationMinutes;
    };

    QString summary;
    QList<Placement> placements;
    QList<NewSession> newSessions;

    // The JSON Schema of the answer, sent as the structured-output format.
    static QJsonObject schema();
    // Tolerant reading of a model's answer: code fences, prose around the JSON, and // or /* */ comments
    // are accepted. A refusal, an answer without JSON or a truncated one is an error in one sentence.
    static Result<AgendaProposal> parse(const QString &answer);
    // The JSON object of an answer, read as tolerantly as parse() does.
    static Result<QJsonObject> extract(const QString &answer);
    static Result<AgendaProposal> fromJson(const QJsonObject &object);
    // The answer's text with // and /* */ comments outside strings removed.
    static QString withoutComments(const QString &text);
};

} // namespace EventDesk
