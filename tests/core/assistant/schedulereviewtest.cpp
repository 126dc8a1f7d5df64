#include "assistant/schedulereview.h"

#include "assistant/structuredcall.h"
#include "reviewfixture.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <set>
#include <tuple>

using namespace EventDesk;
using namespace Qt::StringLiterals;
using EventDesk::Test::FakeLlmServer;
using Kind = ReviewFinding::Kind;

namespace
{
using Key = std::tuple<QString, QString, QString>; // kind, item kind, item id

std::set<Key> keys(const QList<ReviewFinding> &findings)
{
    std::set<Key> out;
    for (const ReviewFinding &f : findings)
        out.insert({ReviewFinding::kindName(f.kind), f.itemKind, f.itemId.toString()});
    return out;
}

class ScheduleReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        m_e.create(m_store);
    }
    Key key(Kind kind, const QString &itemKind, const QUuid &id)
    {
        return {ReviewFinding::kindName(kind), itemKind, id.toString()};
    }
    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    EventDesk::Test::ReviewEvent m_e;
};
} // namespace

TEST_F(ScheduleReviewTest, ComputesEveryFindingKindOfThePurposeBuiltEvent)
{
    auto findings = ScheduleReview::compute(m_store, m_e.event.meta.id, {});
    ASSERT_TRUE(findings) << findings.error().message.toStdString();
    const QUuid firstClash = std::min(m_e.clashOne.meta.id, m_e.clashTwo.meta.id);
    const std::set<Key> expected{
        key(Kind::Conflict, u"session"_s, firstClash),
        key(Kind::SpeakerUnavailable, u"session"_s, m_e.annasTalk.meta.id),
        key(Kind::SpeakerUnavailable, u"session"_s, m_e.carasWorkshop.meta.id),
        key(Kind::RoomTooSmall, u"session"_s, m_e.keynote.meta.id),
        key(Kind::RoomTooSmall, u"session"_s, m_e.bigTalk.meta.id),
        key(Kind::NoSpeaker, u"session"_s, m_e.speakerless.meta.id),
        key(Kind::NoRoom, u"session"_s, m_e.roomless.meta.id),
        key(Kind::Unscheduled, u"session"_s, m_e.unscheduled.meta.id),
        key(Kind::RoomGap, u"room"_s, m_e.hall.meta.id),
        key(Kind::SpeakerOverbooked, u"speaker"_s, m_e.cara.meta.id),
    };
    EXPECT_EQ(keys(findings.value()), expected);
    EXPECT_EQ(findings.value().size(), qsizetype(expected.size())); // nothing reported twice
    for (const ReviewFinding &f : findings.value()) {
        EXPECT_FALSE(f.fromModel);
        EXPECT_FALSE(f.message.isEmpty());
        if (f.kind == Kind::Conflict) {
            EXPECT_EQ(f.rule, u"room-double-booked"_s);
        }
        if (f.kind == Kind::RoomGap) {
            EXPECT_TRUE(f.message.contains(u"09:45"_s) && f.message.contains(u"12:00"_s))
                << f.message.toStdString();
        }
        if (f.kind == Kind::RoomTooSmall && f.itemId == m_e.keynote.meta.id) {
            EXPECT_TRUE(f.message.contains(u"25"_s)) << f.message.toStdString();
        }
    }
    // Errors first.
    EXPECT_EQ(findings.value().first().severity, ReviewFinding::Severity::Error);
}

TEST_F(ScheduleReviewTest, GapThresholdDecidesWhatIsAGap)
{
    auto findings = ScheduleReview::compute(m_store, m_e.event.meta.id, {.gapMinutes = 180});
    ASSERT_TRUE(findings);
    for (const ReviewFinding &f : findings.value())
        EXPECT_NE(f.kind, Kind::RoomGap) << f.message.toStdString();
}

TEST_F(ScheduleReviewTest, ModelFindingsAreMergedAndMarkedUnknownIdsDropped)
{
    auto computed = ScheduleReview::compute(m_store, m_e.event.meta.id, {});
    ASSERT_TRUE(computed);
    auto request = ScheduleReview::modelRequest(m_store, m_e.event.meta.id, computed.value());
    ASSERT_TRUE(request) << request.error().message.toStdString();
    FakeLlmServer server;
    const QString answer =
        u"{\"findings\":[{\"severity\":\"warning\",\"kind\":\"session\",\"id\":\"%1\",\"message\":\"Two "
        "talks on the same topic run in parallel.\"},{\"severity\":\"error\",\"kind\":\"room\",\"id\":"
        "\"ffffffff\",\"message\":\"Invented room.\"}]}"_s.arg(RecordIndex::shortId(m_e.late.meta.id));
    server.enqueue(FakeLlmServer::Scenario::Normal, answer);
    ProviderProfile profile;
    profile.name = u"test"_s;
    profile.baseUrl = server.baseUrl().toString();
    profile.model = u"model-x"_s;
    StructuredCall call;
    QSignalSpy finished(&call, &StructuredCall::finished);
    call.start(profile, request.value().request, {});
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(*call.result()) << call.result()->error().message.toStdString();
    // The model was told what is computed already, so it does not repeat it.
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(QString::fromUtf8(server.requests()[0].body).contains(u"Speakerless talk"_s));

    const ScheduleReview::Merged merged =
        ScheduleReview::merge(computed.value(), call.result()->value(), request.value().index);
    ASSERT_EQ(merged.findings.size(), computed.value().size() + 1);
    const ReviewFinding &added = merged.findings.last();
    EXPECT_TRUE(added.fromModel);
    EXPECT_EQ(added.kind, Kind::Model);
    EXPECT_EQ(added.itemKind, u"session"_s);
    EXPECT_EQ(added.itemId, m_e.late.meta.id);
    EXPECT_EQ(added.toJson()[u"fromModel"_s].toBool(), true);
    for (qsizetype i = 0; i + 1 < merged.findings.size(); ++i)
        EXPECT_FALSE(merged.findings.at(i).fromModel);
    ASSERT_EQ(merged.notes.size(), 1);
    EXPECT_TRUE(merged.notes.first().contains(u"ffffffff"_s));
    for (const ReviewFinding &f : merged.findings)
        EXPECT_NE(f.message, u"Invented room."_s);
}
