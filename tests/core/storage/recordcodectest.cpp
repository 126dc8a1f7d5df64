// RecordCodec's timestamp text: its direct path gives exactly what QDateTime's ISO formatting and parsing
// give, and the rare forms still go through Qt.
#include "storage/recordcodec.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

TEST(RecordCodecTest, TimestampTextIsQtsIsoFormInUtc)
{
    const QList<QDateTime> times{
        QDateTime(QDate(2024, 2, 3), QTime(9, 30), Qt::UTC),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2025, 3, 30), QTime(3, 30, 0, 5), QTimeZone("Europe/Brussels")),
        QDateTime(QDate(2025, 10, 26), QTime(2, 30), QTimeZone("Europe/Brussels")),
        QDateTime(QDate(2024, 7, 1), QTime(0, 0), QTimeZone("Asia/Shanghai")),
        QDateTime(QDate(2024, 7, 1), QTime(12, 0, 7, 70), QTimeZone(-9000)),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(999, 12, 31), QTime(23, 0), Qt::UTC),
        QDateTime(QDate(12000, 1, 1), QTime(1, 2, 3), Qt::UTC),
    };
    for (const QDateTime &t : times) {
        const QString text = Storage::toDb(t);
        ASSERT_TRUE(t.isValid());
        EXPECT_EQ(text, t.toUTC().toString(Qt::ISODateWithMs)) << t.toString().toStdString();
        if (t.toUTC().date().year() > 9999)
            continue; // Qt writes such years but does not read them back; neither did we
        const QDateTime back = Storage::dateTimeFromDb(text);
        EXPECT_EQ(back, t) << text.toStdString();
        EXPECT_EQ(back.timeSpec(), Qt::UTC) << text.toStdString();
    }
    EXPECT_EQ(Storage::toDb(QDateTime()), QString());
    // In the spring-forward gap: not a valid time, stored as no time (as before).
    EXPECT_EQ(Storage::toDb(QDateTime(QDate(2025, 3, 30), QTime(2, 30), QTimeZone("Europe/Brussels"))),
              QString());
}

TEST(RecordCodecTest, ReadingTimestampsMatchesQt)
{
    for (const QString &text :
         {u"2024-02-03T09:30:00.000Z"_s, u"2024-02-03T09:30:00Z"_s, u"2024-02-03T09:30:00.123+02:00"_s,
          u"2024-02-30T09:30:00.000Z"_s, u"2024-02-03T24:00:00.000Z"_s, u"2024-02-03 09:30:00.000Z"_s,
          u"２０２４-02-03T09:30:00.000Z"_s, u"garbage"_s}) {
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        const QDateTime ours = Storage::dateTimeFromDb(text);
        EXPECT_EQ(ours, qt) << text.toStdString();
        EXPECT_EQ(ours.isValid(), qt.isValid()) << text.toStdString();
        if (qt.isValid()) {
            EXPECT_EQ(ours.timeSpec(), qt.timeSpec()) << text.toStdString();
        }
    }
    EXPECT_FALSE(Storage::dateTimeFromDb(QVariant()).isValid());
}
