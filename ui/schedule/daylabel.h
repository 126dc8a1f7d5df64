#pragma once

#include <QLocale>
#include <QString>

class QDate;

namespace EventDesk
{

// How a day of the event is named in the day picker, as people write it in the locale's language:
// "Day 1 · Mon 1 Jun", "第 1 天 · 6月1日 周一". dayNumber counts from 1.
QString dayLabel(int dayNumber, const QDate &date, const QLocale &locale = QLocale());

} // namespace EventDesk
