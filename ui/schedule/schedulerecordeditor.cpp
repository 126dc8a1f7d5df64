#include "schedulerecordeditor.h"

#include "commands/command.h"
#include "roomdialog.h"
#include "schedule/scheduledata.h"
#include "sessiondialog.h"
#include "speakerdialog.h"
#include "storage/storageworker.h"
#include "trackdialog.h"

#include <QCoreApplication>

namespace EventDesk
{

namespace
{
template <typename T> T recordOr(const QList<T> &list, const QUuid &id, const QUuid &eventId)
{
    for (const T &r : list)
        if (r.meta.id == id)
            return r;
    T fresh;
    fresh.eventId = eventId;
    return fresh;
}

// Shows the dialog; on OK pushes an add or an update command.
template <typename T, typename Dialog> void run(Dialog *dialog, const T &original)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, original] {
        const T values = dialog->values();
        if (original.meta.revision == 0)
            Command::addRecords<T>({values},
                                   ScheduleRecordEditor::tr("Add %1").arg(recordKindDisplayName(T::kind)));
        else
            Command::updateRecords<T>(
                {values}, ScheduleRecordEditor::tr("Edit %1").arg(recordKindDisplayName(T::kind)));
    });
    dialog->open();
}
} // namespace

ScheduleRecordEditor::ScheduleRecordEditor(StorageWorker &worker, QWidget *dialogParent)
    : QObject(dialogParent), m_worker(worker), m_parent(dialogParent)
{
}

bool ScheduleRecordEditor::handles(RecordKind kind)
{
    return kind == RecordKind::Room || kind == RecordKind::Track || kind == RecordKind::Speaker ||
           kind == RecordKind::Session;
}

void ScheduleRecordEditor::open(RecordKind kind, const QUuid &eventId, const QUuid &recordId)
{
    m_worker.run(
        this, [eventId](EventStore &s) { return ScheduleData::load(s, eventId); },
        [this, kind, eventId, recordId](const Result<ScheduleData> &loaded) {
            if (!loaded)
                return;
            const ScheduleData &d = loaded.value();
            const QTimeZone zone(d.event.timeZone.toUtf8());
            const QDateTime start(d.event.startDate, d.event.dayStart, zone);
            switch (kind) {
            case RecordKind::Room: {
                const Room r = recordOr(d.rooms, recordId, eventId);
                run<Room>(new RoomDialog(r, zone, start, m_parent), r);
                break;
            }
            case RecordKind::Track: {
                const Track t = recordOr(d.tracks, recordId, eventId);
                run<Track>(new TrackDialog(t, m_parent), t);
                break;
            }
            case RecordKind::Speaker: {
                const Speaker s = recordOr(d.speakers, recordId, eventId);
                run<Speaker>(new SpeakerDialog(s, zone, start, m_parent), s);
                break;
            }
            case RecordKind::Session: {
                const Session s = recordOr(d.sessions, recordId, eventId);
                run<Session>(new SessionDialog(s, d, m_parent), s);
                break;
            }
            default:
                break;
            }
        });
}

void ScheduleRecordEditor::remove(RecordKind kind, const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return;
    const QString text = QCoreApplication::translate("EventDesk::ScheduleRecordEditor", "Delete %n record(s)",
                                                     nullptr, int(ids.size()));
    switch (kind) {
    case RecordKind::Room:
        Command::removeRecords<Room>(ids, text);
        break;
    case RecordKind::Track:
        Command::removeRecords<Track>(ids, text);
        break;
    case RecordKind::Speaker:
        Command::removeRecords<Speaker>(ids, text);
        break;
    case RecordKind::Session:
        Command::removeRecords<Session>(ids, text);
        break;
    default:
        break;
    }
}

} // namespace EventDesk
