#pragma once

#include "schedulefile.h"

#include <QSet>

namespace EventDesk
{

// What the schedule readers share: it turns the texts a reader found in a frab schedule.xml or a c3voc JSON
// file (names, guids, dates, durations) into the records of a ScheduleFile, the same way for both formats.
// Tracks and rooms are matched by name, persons by guid, code, id or name; sessions get their ids from
// their guids and are checked as the readers promise (title, date, duration). A reader parses its syntax,
// says where things are ("line 12" or a JSON path), and hands each event over as an Item.
class ScheduleRecordBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleRecordBuilder)

public:
    // A person of an event as written in the file.
    struct Person {
        QString name;
        QString guid;
        QString code; // pretalx's speaker code
        QString id;   // frab's numeric id
        QString biography;
    };

    // An event as written in the file, before it becomes a Session.
    struct Item {
        QString where;           // "line 12" or the event's JSON path, for messages
        bool fieldPaths = false; // messages name a field as where + ".date" (JSON) rather than where
        QString guid;
        QString numericId;
        QString title;
        QString subtitle;
        QString abstract;
        QString description;
        QString type;
        QString language;
        QString track;
        QString date;  // ISO date-time, with an offset or in the event's zone
        QString start; // "HH:MM" on dayDate, when date is empty
        QDate dayDate;
        QString duration;               // "HH:MM", "HH:MM:SS", …
        std::optional<int> minutes;     // when the file gives the duration as a number
        QString end;                    // an end date-time, when the duration does not parse
        QUuid roomId;                   // from room()
        QList<SessionLink> links;       // without empty addresses
        QList<SessionLink> attachments; // likewise
        QList<Person> persons;          // with names
    };

    ScheduleFile &file() { return m_file; }
    Event &event() { return m_file.data.event; }

    void setAcronym(const QString &acronym);
    void setTimeZone(const QString &zone); // empty: the file names none
    // The conference's start and end as dates or date-times (a date-time's date in the event's zone).
    void setDates(const QString &start, const QString &end);
    // The track (made on first use) of that name; a null id for an empty name.
    QUuid track(const QString &name, const QString &color = {});
    // The room of that name (made on first use; a guid gives its id); capacity > 0 sets its capacity.
    QUuid room(const QString &name, const QString &guid = {}, int capacity = 0);
    // The room of that name if there is one, else a null id.
    QUuid roomNamed(const QString &name) const;

    // The session of item, added to the file; or the sentence why the file cannot be read. A guid that an
    // earlier event already had is a clash: clashWhere then gets the earlier event's key (as passed in
    // key) and the caller words the error.
    Result<void> session(const Item &item, const QString &key, QString *clashWhere);

    // The file, with its event's dates and hours spanning its sessions.
    ScheduleFile take();

private:
    QString where(const Item &item, const QString &field) const;
    QUuid person(const Person &p);

    ScheduleFile m_file;
    QHash<QString, QUuid> m_tracks; // by lower-case name
    QHash<QString, QUuid> m_rooms;
    QSet<QUuid> m_speakers;
    QHash<QUuid, QString> m_sessionKeys;
};

} // namespace EventDesk
