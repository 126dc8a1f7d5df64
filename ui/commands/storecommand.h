#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace EventDesk
{
class EventStore;
class StorageWorker;

// Base for commands that write through the StorageWorker. Failures of the asynchronous write are
// reported through StoreCommandNotifier, which the main window shows.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(StorageWorker &worker, const QString &text);

protected:
    void write(std::function<Result<void>(EventStore &)> work);
    StorageWorker &m_worker;
};

class StoreCommandNotifier : public QObject
{
    Q_OBJECT
public:
    static StoreCommandNotifier *instance();
signals:
    void failed(const QString &message);
};

} // namespace EventDesk
