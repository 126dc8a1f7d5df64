// frab schedule.xml and c3voc JSON in File › Import… and File › Export….
#include "interopformats.h"

#include "io/atomicfile.h"
#include "io/c3vocjsonwriter.h"
#include "io/frabxmlwriter.h"
#include "io/scheduleexport.h"
#include "io/scheduleimport.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

class ScheduleImportTr
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleImportDialog)
};

class PreparedScheduleImport : public PreparedImport
{
public:
    explicit PreparedScheduleImport(ScheduleImportPlan plan) : m_plan(std::move(plan)) {}
    QString report() const override
    {
        QStringList lines;
        lines.append(
            ScheduleImportTr::tr("Into the event \"%1\": %2").arg(m_plan.eventName, m_plan.summary()));
        for (const ScheduleIssue &i : m_plan.issues)
            lines.append(ScheduleImportTr::tr("Note (%1): %2").arg(i.where, i.message));
        for (const ScheduleImportItem &i : m_plan.items) {
            if (i.action == ScheduleImportItem::Action::Unchanged)
                continue;
            QString line = scheduleImportActionName(i.action) + u' ' + recordKindDisplayName(i.kind) +
                           u" \""_s + i.name + u'"';
            if (!i.fields.isEmpty())
                line += u" ("_s + i.fields.join(u", "_s) + u')';
            if (!i.reason.isEmpty())
                line += u": "_s + i.reason;
            lines.append(line);
        }
        return lines.join(u'\n');
    }
    bool writesNothing() const override { return m_plan.writesNothing(); }
    Result<QString> commit(EventStore &store, const std::function<bool()> &cancelled) override
    {
        auto done = ScheduleImport::commitUndoable(store, m_plan, cancelled);
        if (!done)
            return done.error();
        m_revisions = done.value();
        return ScheduleImportTr::tr("Imported into \"%1\": %2").arg(m_plan.eventName, m_plan.summary());
    }
    bool undoable() const override { return true; }
    Result<void> undo(EventStore &store) override { return step(store, true); }
    Result<void> redo(EventStore &store) override { return step(store, false); }

private:
    Result<void> step(EventStore &store, bool undo)
    {
        auto done = undo ? ScheduleImport::undo(store, m_plan, m_revisions)
                         : ScheduleImport::redo(store, m_plan, m_revisions);
        if (!done)
            return done.error();
        m_revisions = done.value();
        return {};
    }

    ScheduleImportPlan m_plan;
    ScheduleImport::Revisions m_revisions; // as the last write (import, undo, redo) left them
};

GuiImportFormat importFormat(ScheduleFormat format, const QString &label, const QString &filter)
{
    return {scheduleFormatName(format), label, filter,
            [format](EventStore &store, const QString &path,
                     const QUuid &eventId) -> Result<std::shared_ptr<PreparedImport>> {
                auto file = ScheduleImport::readFile(path, format);
                if (!file)
                    return file.error();
                auto plan = ScheduleImport::plan(store, file.value(), eventId);
                if (!plan)
                    return plan.error();
                return std::shared_ptr<PreparedImport>(
                    std::make_shared<PreparedScheduleImport>(plan.value()));
            }};
}

GuiExportFormat exportFormat(ScheduleFormat format, const QString &label, const QString &filter)
{
    return {scheduleFormatName(format), label, filter, false,
            [format](EventStore &store, const GuiExportRequest &request) -> Result<QString> {
                ScheduleExportOptions o;
                o.eventId = request.eventId;
                o.release = request.release;
                auto data = ScheduleExport::load(store, o);
                if (!data)
                    return data.error();
                const QByteArray bytes = format == ScheduleFormat::FrabXml
                                             ? FrabXmlWriter::write(data.value())
                                             : C3vocJsonWriter::write(data.value());
                if (auto written = AtomicFile::write(request.path, bytes); !written)
                    return written.error();
                return ScheduleImportTr::tr("Exported %n scheduled sessions to %1.", nullptr,
                                            int(data.value().sessions.size()))
                    .arg(QDir::toNativeSeparators(request.path));
            }};
}

} // namespace

QList<GuiImportFormat> interopGuiImportFormats()
{
    return {importFormat(ScheduleFormat::FrabXml, ScheduleImportTr::tr("Schedule XML (frab, pretalx)"),
                         ScheduleImportTr::tr("Schedule XML (*.xml)")),
            importFormat(ScheduleFormat::C3vocJson, ScheduleImportTr::tr("Schedule JSON (c3voc, pretalx)"),
                         ScheduleImportTr::tr("Schedule JSON (*.json)"))};
}

QList<GuiExportFormat> interopGuiExportFormats()
{
    return {exportFormat(ScheduleFormat::FrabXml, ScheduleImportTr::tr("Schedule XML (frab)"),
                         ScheduleImportTr::tr("Schedule XML (*.xml)")),
            exportFormat(ScheduleFormat::C3vocJson, ScheduleImportTr::tr("Schedule JSON (c3voc)"),
                         ScheduleImportTr::tr("Schedule JSON (*.json)"))};
}

} // namespace EventDesk
