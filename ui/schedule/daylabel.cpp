#include "daylabel.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString dayLabel(int dayNumber, const QDate &date, const QLocale &locale)
{
    // Chinese puts the month before the day and the weekday last; Japanese too. Elsewhere the weekday leads.
    const bool eastAsian = locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese;
    const QString day = locale.toString(date, eastAsian ? u"M月d日 ddd"_s : u"ddd d MMM"_s);
    return QCoreApplication::translate("EventDesk::DayLabel", "Day %1 · %2").arg(dayNumber).arg(day);
}

} // namespace EventDesk
