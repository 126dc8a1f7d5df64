#pragma once

#include "io/csvreader.h"
#include "model/customquestion.h"
#include "model/participant.h"
#include "model/tickettype.h"
#include "result.h"

#include <QCoreApplication>

#include <QHash>

#include <functional>

namespace EventDesk
{
class EventStore;

// What a CSV column holds.
enum class ImportField {
    Ignore,
    Name,
    FirstName,
    LastName,
    Email,
    Phone,
    Organisation,
    TicketType,
    Status,
    Notes,
    Question // a custom question of the event: ImportOptions::questions says which
};
QString importFieldName(ImportField field); // "name", "email", … for --map COLUMN=FIELD
std::optional<ImportField> importFieldFromName(const QString &name);
QString importFieldDisplayName(ImportField field);
QList<ImportField> allImportFields(); // the standard fields, without Question

enum class DuplicatePolicy { Update, Skip, KeepBoth };
std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name); // update, skip, keep

struct ImportOptions {
    QList<ImportField> columns; // one per CSV column; missing ones are ignored
    bool hasHeader = true;
    DuplicatePolicy duplicates = DuplicatePolicy::Update;
    // For columns mapped to ImportField::Question: column index -> the question. Answers are stored in
    // Participant::answers as the registration form stores them; an invalid answer skips the line.
    QHash<int, CustomQuestion> questions;
};

// A line that is not imported, and why.
struct ImportIssue {
    int line = 0;
    QString reason;
};

// What an import would do; nothing is written while planning.
struct ImportPlan {
    QList<Participant> added;   // new registrations, in file order
    QList<bool> admitByQuota;   // per added: no status in the file, so commit() admits it by quota
    QList<Participant> before;  // existing registrations as they are …
    QList<Participant> updated; // … and as the import would leave them (same order)
    QList<ImportIssue> skipped;
    int rowCount = 0; // data rows read
};

// Reads a CSV file of registrations: encoding and delimiter detection, column suggestions, planning.
class ParticipantImport
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ParticipantImport)

public:
    static constexpr qint64 kMaxFileBytes = 512ll * 1024 * 1024;

    struct Source {
        QString encoding;
        CsvTable table;
    };
    // Reads the file without changing it; refuses files over kMaxFileBytes, empty and binary files.
    static Result<Source> readFile(const QString &path, const QString &forcedEncoding = {});
    static Result<Source> readBytes(const QByteArray &bytes, const QString &forcedEncoding = {});

    // Suggests a field for a header (English, Chinese, and the exports of pretix, Hi.Events and Eventbrite).
    static ImportField suggestField(const QString &header);
    static QList<ImportField> suggestFields(const QStringList &header);
    // Suggests the event's custom question whose label matches the header (ignoring case and spaces).
    static std::optional<CustomQuestion> suggestQuestion(const QString &header,
                                                         const QList<CustomQuestion> &questions);
    // Whether the first row looks like a header: some cell suggests a field and no cell is an email.
    static bool looksLikeHeader(const QStringList &row);
    // Maps a status from other systems (paid, canceled, 已确认 …) to ours.
    static std::optional<ParticipantStatus> statusFromText(const QString &text);

    static ImportPlan plan(const CsvTable &table, const ImportOptions &options, const QUuid &eventId,
                           const QList<Participant> &existing, const QList<TicketType> &ticketTypes);
    // Plans with the store's current data (the event's participants and ticket types).
    static Result<ImportPlan> plan(EventStore &store, const CsvTable &table, const ImportOptions &options,
                                   const QUuid &eventId);
    // Writes a plan in one transaction: all or nothing. New registrations without a status from the file
    // are admitted by quota (confirmed or waitlisted). progress(done, total) may return false to cancel.
    static Result<int> commit(EventStore &store, const QUuid &eventId, ImportPlan plan,
                              const std::function<bool(int, int)> &progress = {});

    // The export: a header row and one row per participant.
    static QList<QStringList> exportRows(const QList<Participant> &participants,
                                         const QList<TicketType> &tickets);
};

} // namespace EventDesk
