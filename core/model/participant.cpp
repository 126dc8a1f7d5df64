#include "participant.h"

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
struct StatusName {
    ParticipantStatus status;
    const char16_t *name;
};
constexpr StatusName kStatusNames[] = {
    {ParticipantStatus::Pending, u"pending"},       {ParticipantStatus::Confirmed, u"confirmed"},
    {ParticipantStatus::Waitlisted, u"waitlisted"}, {ParticipantStatus::Cancelled, u"cancelled"},
    {ParticipantStatus::CheckedIn, u"checked-in"},
};
} // namespace

QString participantStatusName(ParticipantStatus status)
{
    for (const auto &s : kStatusNames)
        if (s.status == status)
            return QString::fromRawData(reinterpret_cast<const QChar *>(s.name),
                                        std::char_traits<char16_t>::length(s.name)); // static text, no copy
    return u"pending"_s;
}

std::optional<ParticipantStatus> participantStatusFromName(const QString &name)
{
    for (const auto &s : kStatusNames)
        if (QStringView(name).compare(QStringView(s.name), Qt::CaseInsensitive) == 0)
            return s.status;
    return std::nullopt;
}

QString registrationReference(const QUuid &id)
{
    const QString hex = id.toString(QUuid::Id128).right(8).toUpper();
    return hex.left(4) + u'-' + hex.mid(4);
}

QString participantStatusDisplayName(ParticipantStatus status)
{
    switch (status) {
    case ParticipantStatus::Pending:
        return Participant::tr("Pending");
    case ParticipantStatus::Confirmed:
        return Participant::tr("Confirmed");
    case ParticipantStatus::Waitlisted:
        return Participant::tr("Waitlisted");
    case ParticipantStatus::Cancelled:
        return Participant::tr("Cancelled");
    case ParticipantStatus::CheckedIn:
        return Participant::tr("Checked in");
    }
    return {};
}

FieldErrors Participant::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The participant name"), 200);
    Check::email(errors, u"email"_s, email, false);
    // ^[+0-9 ()./-]{3,40}$ on the trimmed text, scanned by hand: a regular expression per row is a large
    // part of validating a big import.
    const QStringView trimmedPhone = QStringView(phone).trimmed();
    const auto isPhoneChar = [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'+' || c == u' ' || c == u'(' || c == u')' || c == u'.' ||
               c == u'/' || c == u'-';
    };
    if (!trimmedPhone.isEmpty() && (trimmedPhone.size() < 3 || trimmedPhone.size() > 40 ||
                                    !std::all_of(trimmedPhone.begin(), trimmedPhone.end(), isPhoneChar)))
        errors.append({u"phone"_s, tr("\"%1\" is not a phone number.").arg(trimmedPhone)});
    return errors;
}

} // namespace EventDesk
