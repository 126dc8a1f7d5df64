#include "participantimport.h"

#include "customquestions.h"
#include "registrations.h"
#include "storage/eventstore.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

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
} // namespace

QString importFieldName(ImportField field)
{
    if (field == ImportField::Question)
        return u"question"_s;
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
    case ImportField::Question:
        return ParticipantImport::tr("Custom question");
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
                    const QUuid id = ticketByName.value(value.toLower());
                    if (id.isNull() && problem.isEmpty())
                        problem = tr("Unknown ticket type \"%1\".").arg(value);
                    p.ticketTypeId = id;
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
                for (auto a = p.answers.constBegin(); a != p.answers.constEnd(); ++a)
                    after.answers.insert(a.key(), a.value());
                if (updatedIndex.contains(old.meta.id))
                    continue;
                updatedIndex.insert(old.meta.id, plan.updated.size());
                plan.before.append(old);
                plan.updated.append(after);
                continue;
            }
        }
        plan.added.append(std::move(p));
        plan.admitByQuota.append(!hasStatus);
    }
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
        // The places are counted when the import is written, not when it was planned: a teammate may have
        // registered people in between.
        auto free = Registrations::freePlaces(store, eventId);
        if (!free)
            return free.error();
        Registrations::Places places = std::move(free).value();
        for (qsizetype i = 0; i < plan.added.size(); ++i) {
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
        auto added = store.addMany(std::move(plan.added),
                                   [&](int done) { return !progress || progress(written + done, total); });
        if (!added) {
            Error e = added.error();
            if (e.code == ErrorCode::Cancelled)
                e.message = tr("Cancelled; nothing was imported.");
            return e;
        }
        written += added.value();
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
