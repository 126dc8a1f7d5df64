#pragma once

#include "io/csvreader.h"
#include "model/customquestion.h"
#include "model/participant.h"
#include "model/tickettype.h"
#include "result.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

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
    RegisteredAt, // the registration (order) time: the waitlist is ordered by it
    CheckedInAt,  // a check-in time (or yes/no): the person is checked in at that time
    Question,     // a custom question of the event: ImportOptions::questions says which
    NewQuestion   // a new text question of the event: ImportOptions::newQuestions names it
};
QString importFieldName(ImportField field); // "name", "email", … for --map COLUMN=FIELD
std::optional<ImportField> importFieldFromName(const QString &name);
QString importFieldDisplayName(ImportField field);
QList<ImportField> allImportFields(); // the standard fields, without Question and NewQuestion

enum class DuplicatePolicy { Update, Skip, KeepBoth };
std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name); // update, skip, keep

struct ImportOptions {
    QList<ImportField> columns; // one per CSV column; missing ones are ignored
    bool hasHeader = true;
    DuplicatePolicy duplicates = DuplicatePolicy::Update;
    // For columns mapped to ImportField::Question: column index -> the question. Answers are stored in
    // Participant::answers as the registration form stores them; an invalid answer skips the line.
    QHash<int, CustomQuestion> questions;
    // For columns mapped to ImportField::NewQuestion: column index -> the label of a new text question,
    // created by commit() with the answers of the file.
    QHash<int, QString> newQuestions;
    // Ticket values the event has no ticket type for: created (no quota) unless createTicketTypes is false
    // or the value (lower case, trimmed) is in skipTicketTypes; then the line is refused (the default).
    bool createTicketTypes = false;
    QSet<QString> skipTicketTypes;
    // Ticket values (lower case, trimmed) read as an existing ticket type instead.
    QHash<QString, QUuid> ticketTypeMap;
    // Dates and times without a UTC offset are read in this zone (the event's).
    QTimeZone timeZone = QTimeZone::utc();
};

// A line that is not imported, and why.
struct ImportIssue {
    int line = 0;
    QString reason;
};

// A ticket type or question the import creates, and how many rows use it.
struct NewTicketType {
    TicketType type;
    int rows = 0;
};
struct NewQuestion {
    CustomQuestion question;
    int rows = 0; // rows with an answer
};

// The same reason on many lines: one line of a report.
struct ImportIssueGroup {
    QString reason;
    QList<int> lines;
};

// What an import would do; nothing is written while planning.
struct ImportPlan {
    QList<Participant> added; // new registrations, in file order; meta.createdUtc is the registration time
                              // when the file has one
    QList<bool> admitByQuota; // per added: no status in the file, so commit() admits it by quota
    QList<QDateTime> checkedInUtc; // per added: when the file says it checked in (invalid: not, or unknown)
    QList<Participant> before;     // existing registrations as they are …
    QList<Participant> updated;    // … and as the import would leave them (same order)
    QList<ImportIssue> skipped;
    QList<NewTicketType> newTicketTypes; // created by commit(), before the registrations
    QList<NewQuestion> newQuestions;     // created by commit(), after the event's questions
    int rowCount = 0;                    // data rows read
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
    // pretix names a question's column "Question: LABEL": whether header is one, and the label a new question
    // made from a column would get (the header without that prefix).
    static bool isQuestionHeader(const QString &header);
    static QString questionLabelFromHeader(const QString &header);
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

    // The skipped lines grouped by reason, in the order each reason first appears.
    static QList<ImportIssueGroup> groupIssues(const QList<ImportIssue> &issues);
    // The report of a plan in lines: what it creates ("Will create ticket type Volunteer (120 rows)", or
    // "Created …" when committed) and each reason once with its count and first lines ("Unknown ticket type
    // "Volunteer": 120 rows (lines 2, 6, 9, …)"). At most maxGroups reasons; a last line counts the rest.
    static QStringList reportLines(const ImportPlan &plan, bool committed, int maxGroups = 20);
    // A date and time as ticketing exports write them (ISO 8601, "2026-05-04 09:30", "04.05.2026 09:30",
    // "2026/5/4 9:30", a date alone); without an offset, in zone. Invalid when it is none of these.
    static QDateTime dateTimeFromText(const QString &text, const QTimeZone &zone);

    // The export: a header row and one row per participant.
    static QList<QStringList> exportRows(const QList<Participant> &participants,
                                         const QList<TicketType> &tickets);
};

} // namespace EventDesk
