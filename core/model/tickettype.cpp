#include "tickettype.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

FieldErrors TicketType::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The ticket type name"), 200);
    if (quota)
        Check::requireNonNegative(errors, u"quota"_s, *quota, tr("The quota"));
    Check::requireNonNegative(errors, u"priceCents"_s, priceCents, tr("The price"));
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    if (!iso.match(currency).hasMatch())
        errors.append({u"currency"_s, tr("\"%1\" is not a three-letter currency code.").arg(currency)});
    return errors;
}

} // namespace EventDesk
