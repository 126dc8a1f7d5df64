#include "participantimport.h"

#include "customquestions.h"
#include "registrations.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "storage/statushistory.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
struct FieldName {
    ImportField field;
    const char16_t *name;
};
constexpr FieldName kFieldNames[] = {
    {ImportField::Ignore, u"ignore"},
    {ImportField::Name, u"name"},
    {ImportField::FirstName, u"first-name"},
    {ImportField::LastName, u"last-name"},
    {ImportField::Email, u"email"},
    {ImportField::Phone, u"phone"},
    {ImportField::Organisation, u"organisation"},
    {ImportField::TicketType, u"ticket-type"},
    {ImportField::Status, u"status"},
    {ImportField::Notes, u"notes"},
    {ImportField::RegisteredAt, u"registered"},
    {ImportField::CheckedInAt, u"checked-in"},
};

QString simplifiedHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(QChar(0xFEFF));
    for (const QString &prefix : {u"attendee "_s, u"question: "_s, u"ticket holder "_s})
        if (h.startsWith(prefix) && h.size() > prefix.size())
            h = h.mid(prefix.size());
    h.replace(u'_', u' ');
    h.replace(u'-', u' ');
    return h.simplified();
}

// yes/no in a check-in column; nullopt for anything else (a time).
std::optional<bool> yesNo(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QSet<QString> yes{u"yes"_s, u"y"_s,          u"true"_s, u"1"_s,
                                   u"x"_s,   u"checked in"_s, u"是"_s,   u"已签到"_s};
    static const QSet<QString> no{u""_s, u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"-"_s, u"否"_s, u"未签到"_s};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}
} // namespace

QString ParticipantImport::questionLabelFromHeader(const QString &header)
{
    QString h = header.trimmed();
    h.remove(QChar(0xFEFF));
    const QString prefix = u"question:"_s;
    if (h.startsWith(prefix, Qt::CaseInsensitive) && h.size() > prefix.size())
        return h.mid(prefix.size()).trimmed();
    return h;
}

bool ParticipantImport::isQuestionHeader(const QString &header)
{
    QString h = header.trimmed();
    h.remove(QChar(0xFEFF));
    return h.startsWith(u"question:"_s, Qt::CaseInsensitive) && h.size() > 9;
}

QDateTime ParticipantImport::dateTimeFromText(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // With an offset or Z: ISO 8601 says the moment.
    if (const QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
        iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toUTC();
    static const QStringList formats{
        u"yyyy-MM-ddTHH:mm:ss.zzz"_s, u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-ddTHH:mm"_s,
        u"yyyy-MM-dd HH:mm:ss"_s,     u"yyyy-MM-dd HH:mm"_s,    u"yyyy-M-d H:mm:ss"_s,
        u"yyyy-M-d H:mm"_s,           u"yyyy/M/d H:mm:ss"_s,    u"yyyy/M/d H:mm"_s,
        u"d.M.yyyy H:mm:ss"_s,        u"d.M.yyyy H:mm"_s,       u"yyyy年M月d日 H:mm:ss"_s,
        u"yyyy年M月d日 H:mm"_s,
    };
    for (const QString &f : formats) {
        const QDateTime dt = QDateTime::fromString(t, f);
        if (dt.isValid())
            return QDateTime(dt.date(), dt.time(), zone).toUTC();
    }
    static const QStringList dateFormats{u"yyyy-MM-dd"_s, u"yyyy/M/d"_s, u"d.M.yyyy"_s, u"yyyy年M月d日"_s};
    for (const QString &f : dateFormats) {
        const QDate d = QDate::fromString(t, f);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), zone).toUTC();
    }
    return {};
}

QList<ImportIssueGroup> ParticipantImport::groupIssues(const QList<ImportIssue> &issues)
{
    QList<ImportIssueGroup> groups;
    QHash<QString, qsizetype> index;
    for (const ImportIssue &i : issues) {
        auto it = index.constFind(i.reason);
        if (it == index.constEnd()) {
            it = index.insert(i.reason, groups.size());
            groups.append({i.reason, {}});
        }
        groups[*it].lines.append(i.line);
    }
    return groups;
}

QStringList ParticipantImport::reportLines(const ImportPlan &plan, bool committed, int maxGroups)
{
    // One sentence for one row and one for several: no plural forms are needed to read well.
    QStringList out;
    for (const NewTicketType &t : plan.newTicketTypes) {
        if (committed)
            out.append(t.rows == 1 ? tr("Created ticket type %1 (1 row).").arg(t.type.name)
                                   : tr("Created ticket type %1 (%2 rows).").arg(t.type.name).arg(t.rows));
        else
            out.append(t.rows == 1
                           ? tr("Will create ticket type %1 (1 row).").arg(t.type.name)
                           : tr("Will create ticket type %1 (%2 rows).").arg(t.type.name).arg(t.rows));
    }
    for (const NewQuestion &q : plan.newQuestions) {
        if (committed)
            out.append(q.rows == 1
                           ? tr("Created question \"%1\" (1 answer).").arg(q.question.label)
                           : tr("Created question \"%1\" (%2 answers).").arg(q.question.label).arg(q.rows));
        else
            out.append(
                q.rows == 1
                    ? tr("Will create question \"%1\" (1 answer).").arg(q.question.label)
                    : tr("Will create question \"%1\" (%2 answers).").arg(q.question.label).arg(q.rows));
    }
    const QList<ImportIssueGroup> groups = groupIssues(plan.skipped);
    constexpr qsizetype kShownLines = 3;
    for (qsizetype g = 0; g < groups.size() && g < maxGroups; ++g) {
        const ImportIssueGroup &group = groups.at(g);
        QString reason = group.reason;
        if (reason.endsWith(u'.'))
            reason.chop(1);
        if (group.lines.size() == 1) {
            out.append(tr("Line %1: %2").arg(group.lines.first()).arg(group.reason));
            continue;
        }
        QStringList lines;
        for (qsizetype i = 0; i < group.lines.size() && i < kShownLines; ++i)
            lines.append(QString::number(group.lines.at(i)));
        if (group.lines.size() > kShownLines)
            lines.append(u"…"_s);
        out.append(tr("%1: %2 rows (lines %3)").arg(reason).arg(group.lines.size()).arg(lines.join(u", "_s)));
    }
    if (groups.size() > maxGroups) {
        int rest = 0;
        for (qsizetype g = maxGroups; g < groups.size(); ++g)
            rest += int(groups.at(g).lines.size());
        out.append(tr("… and %1 more skipped rows for other reasons (--json lists every row).").arg(rest));
    }
    return out;
}

QString importFieldName(ImportField field)
{
    if (field == ImportField::Question)
        return u"question"_s;
    if (field == ImportField::NewQuestion)
        return u"new-question"_s;
    for (const auto &f : kFieldNames)
        if (f.field == field)
            return QString::fromUtf16(f.name);
    return u"ignore"_s;
}

std::optional<ImportField> importFieldFromName(const QString &name)
{
    for (const auto &f : kFieldNames)
        if (name.compare(QString::fromUtf16(f.name), Qt::CaseInsensitive) == 0)
            return f.field;
    if (name.compare(u"new-question"_s, Qt::CaseInsensitive) == 0)
        return ImportField::NewQuestion;
    return std::nullopt;
}

QList<ImportField> allImportFields()
{
    QList<ImportField> out;
    for (const auto &f : kFieldNames)
        out.append(f.field);
    return out;
}

QString importFieldDisplayName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return ParticipantImport::tr("(ignore)");
    case ImportField::Name:
        return ParticipantImport::tr("Name");
    case ImportField::FirstName:
        return ParticipantImport::tr("First name");
    case ImportField::LastName:
        return ParticipantImport::tr("Last name");
    case ImportField::Email:
        return ParticipantImport::tr("Email");
    case ImportField::Phone:
        return ParticipantImport::tr("Phone");
    case ImportField::Organisation:
        return ParticipantImport::tr("Organisation");
    case ImportField::TicketType:
        return ParticipantImport::tr("Ticket type");
    case ImportField::Status:
        return ParticipantImport::tr("Status");
    case ImportField::Notes:
        return ParticipantImport::tr("Notes");
    case ImportField::RegisteredAt:
        return ParticipantImport::tr("Registration date");
    case ImportField::CheckedInAt:
        return ParticipantImport::tr("Check-in time");
    case ImportField::Question:
        return ParticipantImport::tr("Custom question");
    case ImportField::NewQuestion:
        return ParticipantImport::tr("New question");
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name)
{
    if (name == u"update")
        return DuplicatePolicy::Update;
    if (name == u"skip")
        return DuplicatePolicy::Skip;
    if (name == u"keep" || name == u"keep-both")
        return DuplicatePolicy::KeepBoth;
    return std::nullopt;
}

ImportField ParticipantImport::suggestField(const QString &header)
{
    static const QHash<QString, ImportField> known{
        // English, pretix, Hi.Events, Eventbrite
        {u"name"_s, ImportField::Name},
        {u"full name"_s, ImportField::Name},
        {u"attendee"_s, ImportField::Name},
        {u"first name"_s, ImportField::FirstName},
        {u"given name"_s, ImportField::FirstName},
        {u"last name"_s, ImportField::LastName},
        {u"surname"_s, ImportField::LastName},
        {u"family name"_s, ImportField::LastName},
        {u"email"_s, ImportField::Email},
        {u"e mail"_s, ImportField::Email},
        {u"email address"_s, ImportField::Email},
        {u"phone"_s, ImportField::Phone},
        {u"phone number"_s, ImportField::Phone},
        {u"mobile"_s, ImportField::Phone},
        {u"cell phone"_s, ImportField::Phone},
        {u"company"_s, ImportField::Organisation},
        {u"organisation"_s, ImportField::Organisation},
        {u"organization"_s, ImportField::Organisation},
        {u"affiliation"_s, ImportField::Organisation},
        {u"product"_s, ImportField::TicketType},
        {u"ticket"_s, ImportField::TicketType},
        {u"ticket type"_s, ImportField::TicketType},
        {u"ticket name"_s, ImportField::TicketType},
        {u"status"_s, ImportField::Status},
        {u"order status"_s, ImportField::Status},
        {u"attendee status"_s, ImportField::Status},
        {u"comment"_s, ImportField::Notes},
        {u"notes"_s, ImportField::Notes},
        {u"note"_s, ImportField::Notes},
        {u"order date"_s, ImportField::RegisteredAt},
        {u"order datetime"_s, ImportField::RegisteredAt},
        {u"order time"_s, ImportField::RegisteredAt},
        {u"registration date"_s, ImportField::RegisteredAt},
        {u"registration time"_s, ImportField::RegisteredAt},
        {u"registered"_s, ImportField::RegisteredAt},
        {u"registered at"_s, ImportField::RegisteredAt},
        {u"registered utc"_s, ImportField::RegisteredAt},
        {u"created"_s, ImportField::RegisteredAt},
        {u"created at"_s, ImportField::RegisteredAt},
        {u"created date"_s, ImportField::RegisteredAt},
        {u"checked in"_s, ImportField::CheckedInAt},
        {u"check in"_s, ImportField::CheckedInAt},
        {u"checkin"_s, ImportField::CheckedInAt},
        {u"check in time"_s, ImportField::CheckedInAt},
        {u"checked in at"_s, ImportField::CheckedInAt},
        {u"check in date"_s, ImportField::CheckedInAt},
        {u"checkin date"_s, ImportField::CheckedInAt},
        {u"checkin time"_s, ImportField::CheckedInAt},
        // Chinese
        {u"姓名"_s, ImportField::Name},
        {u"名字"_s, ImportField::FirstName},
        {u"名"_s, ImportField::FirstName},
        {u"姓"_s, ImportField::LastName},
        {u"邮箱"_s, ImportField::Email},
        {u"电子邮件"_s, ImportField::Email},
        {u"电子邮箱"_s, ImportField::Email},
        {u"手机"_s, ImportField::Phone},
        {u"手机号"_s, ImportField::Phone},
        {u"电话"_s, ImportField::Phone},
        {u"联系电话"_s, ImportField::Phone},
        {u"单位"_s, ImportField::Organisation},
        {u"公司"_s, ImportField::Organisation},
        {u"工作单位"_s, ImportField::Organisation},
        {u"机构"_s, ImportField::Organisation},
        {u"票种"_s, ImportField::TicketType},
        {u"票型"_s, ImportField::TicketType},
        {u"门票类型"_s, ImportField::TicketType},
        {u"报名状态"_s, ImportField::Status},
        {u"状态"_s, ImportField::Status},
        {u"备注"_s, ImportField::Notes},
        {u"报名时间"_s, ImportField::RegisteredAt},
        {u"注册时间"_s, ImportField::RegisteredAt},
        {u"下单时间"_s, ImportField::RegisteredAt},
        {u"订单时间"_s, ImportField::RegisteredAt},
        {u"报名日期"_s, ImportField::RegisteredAt},
        {u"签到时间"_s, ImportField::CheckedInAt},
        {u"签到"_s, ImportField::CheckedInAt},
    };
    return known.value(simplifiedHeader(header), ImportField::Ignore);
}

QList<ImportField> ParticipantImport::suggestFields(const QStringList &header)
{
    QList<ImportField> out;
    QSet<ImportField> used;
    for (const QString &h : header) {
        ImportField f = suggestField(h);
        if (f != ImportField::Ignore && used.contains(f))
            f = ImportField::Ignore; // each field once: the first column wins
        used.insert(f);
        out.append(f);
    }
    return out;
}

std::optional<CustomQuestion> ParticipantImport::suggestQuestion(const QString &header,
                                                                 const QList<CustomQuestion> &questions)
{
    if (const CustomQuestion *q = CustomQuestions::findByLabel(questions, header))
        return *q;
    return std::nullopt;
}

bool ParticipantImport::looksLikeHeader(const QStringList &row)
{
    bool suggests = false;
    for (const QString &cell : row) {
        if (Check::isValidEmail(cell.trimmed()))
            return false;
        if (suggestField(cell) != ImportField::Ignore)
            suggests = true;
    }
    return suggests;
}

std::optional<ParticipantStatus> ParticipantImport::statusFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto own = participantStatusFromName(t))
        return own;
    static const QHash<QString, ParticipantStatus> known{
        {u"paid"_s, ParticipantStatus::Confirmed},           {u"confirmed"_s, ParticipantStatus::Confirmed},
        {u"completed"_s, ParticipantStatus::Confirmed},      {u"attending"_s, ParticipantStatus::Confirmed},
        {u"active"_s, ParticipantStatus::Confirmed},         {u"canceled"_s, ParticipantStatus::Cancelled},
        {u"cancelled"_s, ParticipantStatus::Cancelled},      {u"refunded"_s, ParticipantStatus::Cancelled},
        {u"expired"_s, ParticipantStatus::Cancelled},        {u"pending"_s, ParticipantStatus::Pending},
        {u"awaiting payment"_s, ParticipantStatus::Pending}, {u"waiting"_s, ParticipantStatus::Waitlisted},
        {u"waitlist"_s, ParticipantStatus::Waitlisted},      {u"checked in"_s, ParticipantStatus::CheckedIn},
        {u"已确认"_s, ParticipantStatus::Confirmed},         {u"已支付"_s, ParticipantStatus::Confirmed},
        {u"报名成功"_s, ParticipantStatus::Confirmed},       {u"待审核"_s, ParticipantStatus::Pending},
        {u"待支付"_s, ParticipantStatus::Pending},           {u"候补"_s, ParticipantStatus::Waitlisted},
        {u"已取消"_s, ParticipantStatus::Cancelled},         {u"已签到"_s, ParticipantStatus::CheckedIn},
    };
    if (auto it = known.constFind(t); it != known.constEnd())
        return *it;
    return std::nullopt;
}

Result<ParticipantImport::Source> ParticipantImport::readBytes(const QByteArray &bytes,
                                                               const QString &forcedEncoding)
{
    // Decoded and parsed a piece at a time: besides the bytes, only the rows are held, never the whole text.
    auto encoding = TextDecoder::detect(bytes, forcedEncoding);
    if (!encoding)
        return encoding.error();
    std::optional<CsvReader> reader;
    bool hasText = false;
    auto decoded =
        TextDecoder::decodeInPieces(bytes, encoding.value(), [&](QStringView piece) -> Result<void> {
            if (!reader) // the delimiter from the first lines
                reader.emplace(CsvReader::detectDelimiter(piece.left(64 * 1024)));
            hasText = hasText || !piece.trimmed().isEmpty();
            return reader->feed(piece);
        });
    if (!decoded)
        return decoded.error();
    if (!hasText || !reader)
        return Error{ErrorCode::Validation, tr("The file has no rows."), {}};
    auto table = reader->finish();
    if (!table)
        return table.error();
    return Source{encoding.value(), std::move(table).value()};
}

Result<ParticipantImport::Source> ParticipantImport::readFile(const QString &path,
                                                              const QString &forcedEncoding)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{ErrorCode::NotFound, tr("%1 is not a file.").arg(shown), {}};
    if (info.size() > kMaxFileBytes)
        return Error{ErrorCode::Validation,
                     tr("%1 is too large to import (%2 MB; the limit is %3 MB).")
                         .arg(shown)
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxFileBytes / (1024 * 1024)),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("%1 cannot be read: %2.").arg(shown, file.errorString()), {}};
    return readBytes(file.readAll(), forcedEncoding);
}

ImportPlan ParticipantImport::plan(const CsvTable &table, const ImportOptions &options, const QUuid &eventId,
                                   const QList<Participant> &existing, const QList<TicketType> &ticketTypes)
{
    ImportPlan plan;
    QHash<QString, qsizetype> existingByEmail; // index into existing
    for (qsizetype i = 0; i < existing.size(); ++i)
        if (!existing.at(i).meta.deleted && !existing.at(i).email.isEmpty())
            existingByEmail.insert(Registrations::normalizeEmail(existing.at(i).email), i);
    QHash<QString, QUuid> ticketByName;
    for (const TicketType &t : ticketTypes)
        ticketByName.insert(t.name.trimmed().toLower(), t.meta.id);
    QHash<QString, int> seenInFile; // normalised email -> line
    seenInFile.reserve(table.rows.size());
    QHash<QUuid, qsizetype> updatedIndex; // existing id -> index in plan.updated
    const int width = options.hasHeader && !table.rows.isEmpty() ? int(table.rows.first().size()) : -1;
    for (auto it = options.ticketTypeMap.constBegin(); it != options.ticketTypeMap.constEnd(); ++it)
        if (!it.value().isNull())
            ticketByName.insert(it.key().trimmed().toLower(), it.value());
    QHash<QString, qsizetype> newTicketIndex; // lower-case value -> index in plan.newTicketTypes
    QHash<int, qsizetype> newQuestionIndex;   // column -> index in plan.newQuestions
    for (qsizetype c = 0; c < options.columns.size(); ++c) {
        if (options.columns.at(c) != ImportField::NewQuestion)
            continue;
        QString label = options.newQuestions.value(int(c)).trimmed();
        if (label.isEmpty() && options.hasHeader && !table.rows.isEmpty())
            label = questionLabelFromHeader(table.rows.first().value(c));
        if (label.isEmpty())
            continue;
        NewQuestion q;
        q.question.id = QUuid::createUuid();
        q.question.eventId = eventId;
        q.question.label = label;
        newQuestionIndex.insert(int(c), plan.newQuestions.size());
        plan.newQuestions.append(q);
    }
    plan.added.reserve(table.rows.size());
    plan.admitByQuota.reserve(table.rows.size());

    for (qsizetype r = options.hasHeader ? 1 : 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = table.lines.value(r);
        ++plan.rowCount;
        if (width >= 0 && row.size() != width) {
            plan.skipped.append(
                {line, tr("The row has %1 fields; the header has %2.").arg(row.size()).arg(width)});
            continue;
        }
        Participant p;
        p.eventId = eventId;
        p.source = u"import"_s;
        QString first, last;
        bool hasStatus = false;
        bool checkedIn = false;
        QDateTime checkedInUtc;
        qsizetype newTicketUsed = -1;
        QList<qsizetype> answeredNew;
        QString problem;
        for (qsizetype c = 0; c < row.size() && c < options.columns.size(); ++c) {
            const QString value = row.at(c).trimmed();
            switch (options.columns.at(c)) {
            case ImportField::Ignore:
                break;
            case ImportField::Name:
                p.name = value;
                break;
            case ImportField::FirstName:
                first = value;
                break;
            case ImportField::LastName:
                last = value;
                break;
            case ImportField::Email:
                p.email = value.contains(u' ') ? QString(value).remove(u' ') : value;
                break;
            case ImportField::Phone:
                p.phone = value;
                break;
            case ImportField::Organisation:
                p.organisation = value;
                break;
            case ImportField::TicketType:
                if (!value.isEmpty()) {
                    const QString key = value.toLower();
                    QUuid id = ticketByName.value(key);
                    if (id.isNull() && options.createTicketTypes && !options.skipTicketTypes.contains(key)) {
                        auto created = newTicketIndex.constFind(key);
                        if (created == newTicketIndex.constEnd()) {
                            NewTicketType t;
                            t.type.meta.id = QUuid::createUuid();
                            t.type.eventId = eventId;
                            t.type.name = value;
                            created = newTicketIndex.insert(key, plan.newTicketTypes.size());
                            plan.newTicketTypes.append(t);
                        }
                        id = plan.newTicketTypes.at(*created).type.meta.id;
                        newTicketUsed = *created;
                    }
                    if (id.isNull() && problem.isEmpty())
                        problem = tr("Unknown ticket type \"%1\".").arg(value);
                    p.ticketTypeId = id;
                }
                break;
            case ImportField::RegisteredAt:
                if (!value.isEmpty()) {
                    const QDateTime at = dateTimeFromText(value, options.timeZone);
                    if (!at.isValid() && problem.isEmpty())
                        problem = tr("\"%1\" is not a registration date.").arg(value);
                    p.meta.createdUtc = at;
                }
                break;
            case ImportField::CheckedInAt:
                if (const auto yes = yesNo(value)) {
                    checkedIn = *yes;
                } else if (!value.isEmpty()) {
                    checkedInUtc = dateTimeFromText(value, options.timeZone);
                    checkedIn = checkedInUtc.isValid();
                    if (!checkedIn && problem.isEmpty())
                        problem = tr("\"%1\" is not a check-in time.").arg(value);
                }
                break;
            case ImportField::NewQuestion:
                if (const auto q = newQuestionIndex.constFind(int(c));
                    q != newQuestionIndex.constEnd() && !value.isEmpty()) {
                    p.answers.insert(plan.newQuestions.at(*q).question.id.toString(QUuid::WithoutBraces),
                                     QJsonValue(value));
                    answeredNew.append(*q);
                }
                break;
            case ImportField::Status:
                if (!value.isEmpty()) {
                    const auto status = statusFromText(value);
                    if (!status && problem.isEmpty())
                        problem = tr("Unknown status \"%1\".").arg(value);
                    p.status = status.value_or(ParticipantStatus::Pending);
                    hasStatus = true;
                }
                break;
            case ImportField::Notes:
                p.notes = row.at(c);
                break;
            case ImportField::Question:
                if (const auto q = options.questions.constFind(int(c)); q != options.questions.constEnd()) {
                    auto answer = CustomQuestions::answerFromText(*q, value);
                    if (!answer && problem.isEmpty())
                        problem = answer.error().message;
                    else if (answer && !answer.value().isNull())
                        p.answers.insert(q->id.toString(QUuid::WithoutBraces), answer.value());
                }
                break;
            }
        }
        if (p.name.isEmpty())
            p.name = QStringList{first, last}.join(u' ').trimmed();
        if (checkedIn && p.status != ParticipantStatus::Cancelled) {
            p.status = ParticipantStatus::CheckedIn;
            hasStatus = true;
        } else {
            checkedInUtc = {};
        }
        if (!problem.isEmpty()) {
            plan.skipped.append({line, problem});
            continue;
        }
        if (const FieldErrors errors = p.validate(); !errors.isEmpty()) {
            QStringList messages;
            for (const FieldError &e : errors)
                messages.append(e.message);
            plan.skipped.append({line, messages.join(u' ')});
            continue;
        }
        auto countNew = [&] {
            if (newTicketUsed >= 0)
                ++plan.newTicketTypes[newTicketUsed].rows;
            for (qsizetype q : answeredNew)
                ++plan.newQuestions[q].rows;
        };
        const QString key = Registrations::normalizeEmail(p.email);
        if (!key.isEmpty() && options.duplicates != DuplicatePolicy::KeepBoth) {
            if (auto seen = seenInFile.constFind(key); seen != seenInFile.constEnd()) {
                plan.skipped.append(
                    {line, tr("The email %1 already appears on line %2.").arg(p.email).arg(*seen)});
                continue;
            }
            seenInFile.insert(key, line);
            if (auto it = existingByEmail.constFind(key); it != existingByEmail.constEnd()) {
                const Participant &old = existing.at(*it);
                if (options.duplicates == DuplicatePolicy::Skip) {
                    plan.skipped.append({line, tr("%1 is already registered.").arg(p.email)});
                    continue;
                }
                Participant after = old;
                after.name = p.name.isEmpty() ? old.name : p.name;
                for (auto [field, value] :
                     {std::pair{&after.phone, p.phone}, std::pair{&after.organisation, p.organisation},
                      std::pair{&after.notes, p.notes}})
                    if (!value.isEmpty())
                        *field = value;
                if (!p.ticketTypeId.isNull())
                    after.ticketTypeId = p.ticketTypeId;
                if (hasStatus)
                    after.status = p.status;
                if (p.meta.createdUtc.isValid() && !old.meta.createdUtc.isValid())
                    after.meta.createdUtc = p.meta.createdUtc;
                for (auto a = p.answers.constBegin(); a != p.answers.constEnd(); ++a)
                    after.answers.insert(a.key(), a.value());
                if (updatedIndex.contains(old.meta.id))
                    continue;
                countNew();
                updatedIndex.insert(old.meta.id, plan.updated.size());
                plan.before.append(old);
                plan.updated.append(after);
                continue;
            }
        }
        countNew();
        plan.added.append(std::move(p));
        plan.admitByQuota.append(!hasStatus);
        plan.checkedInUtc.append(checkedInUtc);
    }
    // A new ticket type or question that no imported row uses is not created.
    plan.newTicketTypes.removeIf([](const NewTicketType &t) { return t.rows == 0; });
    plan.newQuestions.removeIf([](const NewQuestion &q) { return q.rows == 0; });
    return plan;
}

Result<ImportPlan> ParticipantImport::plan(EventStore &store, const CsvTable &table,
                                           const ImportOptions &options, const QUuid &eventId)
{
    auto existing = store.list<Participant>(eventId);
    if (!existing)
        return existing.error();
    auto tickets = store.list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    return plan(table, options, eventId, existing.value(), tickets.value());
}

Result<int> ParticipantImport::commit(EventStore &store, const QUuid &eventId, ImportPlan plan,
                                      const std::function<bool(int, int)> &progress)
{
    const int total = int(plan.added.size() + plan.updated.size());
    int written = 0;
    auto ok = store.inTransaction([&]() -> Result<void> {
        if (!plan.newTicketTypes.isEmpty()) {
            QList<TicketType> types;
            for (const NewTicketType &t : std::as_const(plan.newTicketTypes))
                types.append(t.type);
            if (auto created = store.addMany(types); !created)
                return created.error();
        }
        if (!plan.newQuestions.isEmpty()) {
            CustomQuestionStore questionStore(store);
            auto questions = questionStore.list(eventId);
            if (!questions)
                return questions.error();
            QList<CustomQuestion> all = questions.value();
            for (const NewQuestion &q : std::as_const(plan.newQuestions))
                all.append(q.question);
            if (auto saved = questionStore.replace(eventId, all); !saved)
                return saved.error();
        }
        // The places are counted when the import is written, not when it was planned: a teammate may have
        // registered people in between.
        auto free = Registrations::freePlaces(store, eventId);
        if (!free)
            return free.error();
        Registrations::Places places = std::move(free).value();
        // Places go to the earliest registrations first, as the waitlist is ordered; rows without a time
        // are registered now, after those with one, in file order.
        QList<qsizetype> order(plan.added.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const QDateTime &ta = plan.added.at(a).meta.createdUtc;
            const QDateTime &tb = plan.added.at(b).meta.createdUtc;
            if (ta.isValid() != tb.isValid())
                return ta.isValid();
            return ta.isValid() && ta < tb;
        });
        for (qsizetype i : order) {
            Participant &p = plan.added[i];
            if (plan.admitByQuota.value(i)) {
                Registrations::admitOne(p, places);
            } else if (Registrations::holdsPlace(p.status)) {
                places.take(p.ticketTypeId);
            }
        }
        if (!plan.updated.isEmpty()) {
            auto updated = store.updateMany(plan.updated, EventStore::RevisionCheck::Ignore);
            if (!updated)
                return updated.error();
            written += int(plan.updated.size());
            if (progress && !progress(written, total))
                return Error{ErrorCode::Cancelled, tr("Cancelled; nothing was imported."), {}};
        }
        QList<std::pair<QUuid, QDateTime>> checkIns; // the check-in times the file gives
        for (qsizetype i = 0; i < plan.added.size(); ++i) {
            const QDateTime at = plan.checkedInUtc.value(i);
            if (!at.isValid() || plan.added.at(i).status != ParticipantStatus::CheckedIn)
                continue;
            Participant &p = plan.added[i];
            if (p.meta.id.isNull())
                p.meta.id = QUuid::createUuid();
            checkIns.append({p.meta.id, at});
        }
        auto added = store.addMany(
            std::move(plan.added), [&](int done) { return !progress || progress(written + done, total); },
            EventStore::CreatedTime::AsGiven);
        if (!added) {
            Error e = added.error();
            if (e.code == ErrorCode::Cancelled)
                e.message = tr("Cancelled; nothing was imported.");
            return e;
        }
        written += added.value();
        // Registered (confirmed), then checked in at the time of the file: the status history says both.
        StatusHistory history(store);
        for (const auto &[id, at] : std::as_const(checkIns))
            if (auto ok = history.record(id, ParticipantStatus::Confirmed, ParticipantStatus::CheckedIn, at);
                !ok)
                return ok.error();
        return {};
    });
    if (!ok)
        return ok.error();
    return written;
}

QList<QStringList> ParticipantImport::exportRows(const QList<Participant> &participants,
                                                 const QList<TicketType> &tickets)
{
    QHash<QUuid, QString> ticketNames;
    for (const TicketType &t : tickets)
        ticketNames.insert(t.meta.id, t.name);
    QList<QStringList> rows;
    rows.reserve(participants.size() + 1);
    rows.append({u"id"_s, u"name"_s, u"email"_s, u"phone"_s, u"organisation"_s, u"ticket_type"_s, u"status"_s,
                 u"notes"_s, u"registered_utc"_s});
    for (const Participant &p : participants)
        rows.append({p.meta.id.toString(QUuid::WithoutBraces), p.name, p.email, p.phone, p.organisation,
                     ticketNames.value(p.ticketTypeId), participantStatusName(p.status), p.notes,
                     p.meta.createdUtc.toString(Qt::ISODate)});
    return rows;
}

} // namespace EventDesk
