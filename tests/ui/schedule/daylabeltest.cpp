// The day picker's labels read as people write a day in each language, with the event's day number.
#include "schedule/daylabel.h"
#include "common/translations.h"

#include <QDate>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

TEST(DayLabelTest, EnglishNamesTheDayNumberAndTheDate)
{
    installTranslations(u"en"_s);
    EXPECT_EQ(dayLabel(1, QDate(2026, 6, 1), QLocale(QLocale::English, QLocale::UnitedKingdom)),
              u"Day 1 · Mon 1 Jun"_s);
    EXPECT_EQ(dayLabel(2, QDate(2026, 6, 2), QLocale(QLocale::English, QLocale::UnitedKingdom)),
              u"Day 2 · Tue 2 Jun"_s);
}

TEST(DayLabelTest, ChineseWritesMonthDayAndWeekday)
{
    installTranslations(u"zh_CN"_s);
    EXPECT_EQ(dayLabel(1, QDate(2026, 6, 1), QLocale(QLocale::Chinese, QLocale::China)),
              u"第 1 天 · 6月1日 周一"_s);
    installTranslations(u"en"_s);
}

} // namespace
