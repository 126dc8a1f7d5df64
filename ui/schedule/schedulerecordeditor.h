#pragma once

#include "model/record.h"

#include <QObject>
#include <QUuid>

class QWidget;

namespace EventDesk
{
class StorageWorker;

// Opens the form for a room, track, speaker or session (new when the id is null) and turns OK into one
// undoable command; deletes through the same door.
class ScheduleRecordEditor : public QObject
{
    Q_OBJECT

public:
    ScheduleRecordEditor(StorageWorker &worker, QWidget *dialogParent);
    static bool handles(RecordKind kind);
    void open(RecordKind kind, const QUuid &eventId, const QUuid &recordId);
    void remove(RecordKind kind, const QList<QUuid> &ids);

private:
    StorageWorker &m_worker;
    QWidget *m_parent;
};

} // namespace EventDesk
