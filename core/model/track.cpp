#include "track.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

FieldErrors Track::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The track name"), 200);
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    if (!hex.match(color).hasMatch())
        errors.append({u"color"_s, tr("\"%1\" is not a colour of the form #rrggbb.").arg(color)});
    return errors;
}

} // namespace EventDesk
