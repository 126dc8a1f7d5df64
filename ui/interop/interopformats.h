#pragma once

// The formats of File › Import… and File › Export…. Each feature lists its formats in its own file:
// interopguiformats.cpp (frab XML, c3voc JSON) and publishguiformats.cpp (iCalendar, site, agenda, backup).

#include "result.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace EventDesk
{
class EventStore;

// An import read and planned, not yet written. Made and committed on the storage thread.
class PreparedImport
{
public:
    virtual ~PreparedImport() = default;
    // What the import would do (the dry-run report), for the dialog; several lines.
    virtual QString report() const = 0;
    virtual bool writesNothing() const = 0;
    // Writes it in one transaction; cancelled() true rolls back (ErrorCode::Cancelled). Returns the
    // sentence shown afterwards.
    virtual Result<QString> commit(EventStore &store, const std::function<bool()> &cancelled) = 0;
    // Whether a committed import can be taken back (File › Import… then makes it one undo step). undo() and
    // redo() each write in one transaction, only while the records are as the import left them.
    virtual bool undoable() const { return false; }
    virtual Result<void> undo(EventStore &store)
    {
        Q_UNUSED(store);
        return {};
    }
    virtual Result<void> redo(EventStore &store)
    {
        Q_UNUSED(store);
        return {};
    }
};

struct GuiImportFormat {
    QString name;       // as the CLI's --format
    QString label;      // for the format list
    QString fileFilter; // for the file dialog, e.g. "Schedule XML (*.xml)"
    // Reads and plans path for eventId (null: the format decides), on the storage thread.
    std::function<Result<std::shared_ptr<PreparedImport>>(EventStore &, const QString &path,
                                                          const QUuid &eventId)>
        prepare;
};

struct GuiExportRequest {
    QUuid eventId;
    QString release = QStringLiteral("working"); // "working", "latest" or a version number
    QString path;                                // a file, or a folder when the format writes one
};

struct GuiExportFormat {
    QString name;
    QString label;
    QString fileFilter;  // empty with folder = true
    bool folder = false; // the format writes a folder (the static site)
    // Writes the export on the storage thread (through core/io's AtomicFile); returns the sentence shown.
    std::function<Result<QString>(EventStore &, const GuiExportRequest &)> write;
};

QList<GuiImportFormat> interopGuiImportFormats(); // interopguiformats.cpp
QList<GuiExportFormat> interopGuiExportFormats();
QList<GuiImportFormat> publishGuiImportFormats(); // publishguiformats.cpp
QList<GuiExportFormat> publishGuiExportFormats();

inline QList<GuiImportFormat> guiImportFormats()
{
    return interopGuiImportFormats() + publishGuiImportFormats();
}
inline QList<GuiExportFormat> guiExportFormats()
{
    return interopGuiExportFormats() + publishGuiExportFormats();
}

} // namespace EventDesk
