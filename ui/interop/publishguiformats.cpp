// The publishing formats of File › Import… and File › Export… (iCalendar, site, agenda, backup). They run the
// same core code as the command line's (PublishExport, AgendaPdfWriter, BackupWriter, BackupReader).
#include "interopformats.h"

#include "agendapdfwriter.h"
#include "io/backupwriter.h"
#include "io/publishexport.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

class PublishTr
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::PublishGuiFormats)
};

QString wrote(const QString &path, int sessions)
{
    return PublishTr::tr("Wrote %1 (%n session(s)).", nullptr, sessions).arg(QDir::toNativeSeparators(path));
}

// A schedule export through one of PublishExport's writers (the whole event).
GuiExportFormat scheduleFormat(const QString &name, const QString &label, const QString &filter,
                               Result<int> (*write)(const ScheduleData &, const ScheduleFilter &,
                                                    const QString &))
{
    return {name, label, filter, filter.isEmpty(),
            [write](EventStore &store, const GuiExportRequest &request) -> Result<QString> {
                auto data = ScheduleSelection::load(store, request.eventId, request.release);
                if (!data)
                    return data.error();
                auto written = write(data.value(), {}, request.path);
                if (!written)
                    return written.error();
                return wrote(request.path, written.value());
            }};
}

GuiExportFormat pdfFormat()
{
    return {u"pdf"_s, PublishTr::tr("Printable agenda (PDF)"), PublishTr::tr("PDF (*.pdf)"), false,
            [](EventStore &store, const GuiExportRequest &request) -> Result<QString> {
                auto data = ScheduleSelection::load(store, request.eventId, request.release);
                if (!data)
                    return data.error();
                auto pages =
                    AgendaPdfWriter::write(data.value(), PublishExport::agendaOptions({}), request.path);
                if (!pages)
                    return pages.error();
                return PublishTr::tr("Wrote %1 (%n page(s)).", nullptr, pages.value())
                    .arg(QDir::toNativeSeparators(request.path));
            }};
}

GuiExportFormat backupFormat()
{
    return {u"backup"_s, PublishTr::tr("Backup of the whole workspace"),
            PublishTr::tr("EventDesk backup (*.json)"), false,
            [](EventStore &store, const GuiExportRequest &request) -> Result<QString> {
                if (auto written = BackupWriter::write(store, request.path); !written)
                    return written.error();
                return PublishTr::tr("Wrote the backup %1.").arg(QDir::toNativeSeparators(request.path));
            }};
}

class PreparedRestore : public PreparedImport
{
public:
    explicit PreparedRestore(BackupReader::Backup backup) : m_backup(std::move(backup)) {}
    QString report() const override
    {
        QStringList lines{PublishTr::tr("Restores %n row(s) from the backup of %1 into this empty workspace.",
                                        nullptr, int(PublishExport::rowCount(m_backup)))
                              .arg(m_backup.createdUtc)};
        for (const WorkspaceTables::Table &t : m_backup.tables)
            if (!t.rows.isEmpty())
                lines.append(u"%1: %2"_s.arg(t.name).arg(t.rows.size()));
        return lines.join(u'\n');
    }
    bool writesNothing() const override { return false; }
    Result<QString> commit(EventStore &store, const std::function<bool()> &cancelled) override
    {
        if (cancelled && cancelled())
            return Error{
                ErrorCode::Cancelled, PublishTr::tr("The restore was cancelled; nothing was written."), {}};
        if (auto restored = BackupReader::restore(store, m_backup); !restored)
            return restored.error();
        return PublishTr::tr("Restored %n row(s) from the backup of %1.", nullptr,
                             int(PublishExport::rowCount(m_backup)))
            .arg(m_backup.createdUtc);
    }

private:
    BackupReader::Backup m_backup;
};

} // namespace

QList<GuiImportFormat> publishGuiImportFormats()
{
    return {{u"backup"_s, PublishTr::tr("Backup (restore into this empty workspace)"),
             PublishTr::tr("EventDesk backup (*.json)"),
             [](EventStore &store, const QString &path,
                const QUuid &) -> Result<std::shared_ptr<PreparedImport>> {
                 auto backup = PublishExport::checkRestore(store, path);
                 if (!backup)
                     return backup.error();
                 return std::shared_ptr<PreparedImport>(std::make_shared<PreparedRestore>(backup.value()));
             }}};
}

QList<GuiExportFormat> publishGuiExportFormats()
{
    return {
        scheduleFormat(u"ics"_s, PublishTr::tr("Calendar (iCalendar)"), PublishTr::tr("iCalendar (*.ics)"),
                       PublishExport::writeIcs),
        scheduleFormat(u"site"_s, PublishTr::tr("Schedule website (folder)"), {}, PublishExport::writeSite),
        scheduleFormat(u"html"_s, PublishTr::tr("Printable agenda (HTML)"), PublishTr::tr("HTML (*.html)"),
                       PublishExport::writeHtml),
        pdfFormat(),
        backupFormat(),
    };
}

} // namespace EventDesk
