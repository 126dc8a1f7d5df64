#pragma once

#include "result.h"
#include "schedule/scheduledata.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace EventDesk
{

// Something a reader left out of a schedule file, or a note about it, and where it is.
struct ScheduleIssue {
    QString where; // "line 12" or a JSON path
    QString message;
};

// A schedule as read from a file (frab schedule.xml, c3voc JSON), before it meets the workspace.
// Records carry ids: a UUID guid of the file as it is, any other guid as a stable UUIDv5 of it. Records the
// file identifies only by a name or a number (rooms, tracks, persons, the conference) get a provisional
// UUIDv5 listed in derivedKeys with its key ("room:Hall"); ScheduleImport resolves those per target event.
struct ScheduleFile {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleFile)

public:
    static constexpr qint64 kMaxFileBytes = 64ll * 1024 * 1024;

    ScheduleData data;        // the event's acronym is data.event.acronym
    bool hasTimeZone = false; // the file named the event's time zone
    QHash<QUuid, QString> derivedKeys;
    QList<ScheduleIssue> issues;

    // Reads a whole file within kMaxFileBytes (a larger one is refused with a sentence, unread).
    static Result<QByteArray> readBytes(const QString &path);

    // Stable ids: a UUID as is (any case, with or without braces), anything else as UUIDv5 of the text.
    static QUuid idFromGuid(const QString &guid);
    static bool isUuid(const QString &text);
    static QUuid derivedId(const QUuid &scope, const QString &key);
    // A provisional id for a record the file names only by key; remembered in derivedKeys.
    QUuid derive(const QString &key);

    // "HH:MM" or "HH:MM:SS" (also "H:MM", and "D:HH:MM" from some frab versions) as whole minutes.
    static std::optional<int> parseDuration(const QString &text);
    // ISO 8601 with an offset (or Z); without one, the time is taken in timeZone.
    static QDateTime parseDateTime(const QString &text, const QString &timeZone);
    // Free-text types ("Talk 30 min", "Workshop 110min", "Podcast-Tisch") mapped to ours.
    static SessionType typeFromText(const QString &text);
    // Text as written in a file: trimmed, and the indentation that pretty-printing added to every line
    // after the first removed (Markdown's own indentation relative to it is kept).
    static QString cleanText(const QString &text);
    // The byte offset of the first byte that is not valid UTF-8, or -1; and the line of an offset.
    static qsizetype invalidUtf8At(const QByteArray &bytes);
    static int lineAt(const QByteArray &bytes, qsizetype offset);
    // After reading: the event's dates span every session; a new event's daily hours cover them.
    void finish();
};

} // namespace EventDesk
