#include "llm/retrypolicy.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace std::chrono_literals;

namespace
{
RetryPolicy fixed(double jitter)
{
    RetryPolicy p;
    p.setJitterSource([jitter] { return jitter; });
    p.setClock([] { return QDateTime(QDate(2026, 5, 4), QTime(7, 28, 0), Qt::UTC); });
    return p;
}
} // namespace

TEST(RetryPolicyTest, RetryableStatuses)
{
    for (int s : {408, 409, 429, 500, 502, 503, 504})
        EXPECT_TRUE(RetryPolicy::isRetryableStatus(s)) << s;
    for (int s : {200, 400, 401, 403, 404, 422})
        EXPECT_FALSE(RetryPolicy::isRetryableStatus(s)) << s;
}

TEST(RetryPolicyTest, ExponentialBackoffWithoutJitter)
{
    const RetryPolicy p = fixed(0.0);
    EXPECT_EQ(p.backoff(0), 500ms);
    EXPECT_EQ(p.backoff(1), 1000ms);
    EXPECT_EQ(p.backoff(2), 2000ms);
    EXPECT_EQ(p.backoff(4), 8000ms);
    EXPECT_EQ(p.backoff(10), 8000ms); // capped
}

TEST(RetryPolicyTest, JitterTakesUpToAQuarter)
{
    EXPECT_EQ(fixed(1.0).backoff(0), 375ms);
    EXPECT_EQ(fixed(0.5).backoff(1), 875ms);
}

TEST(RetryPolicyTest, TwoRetriesAtMost)
{
    const RetryPolicy p = fixed(0.0);
    EXPECT_EQ(p.nextDelay(0, 500, false, {}, {}), 500ms);
    EXPECT_EQ(p.nextDelay(1, 500, false, {}, {}), 1000ms);
    EXPECT_EQ(p.nextDelay(2, 500, false, {}, {}), std::nullopt);
}

TEST(RetryPolicyTest, NoRetryForClientErrors)
{
    EXPECT_EQ(fixed(0).nextDelay(0, 400, false, {}, {}), std::nullopt);
    EXPECT_EQ(fixed(0).nextDelay(0, 401, false, {}, {}), std::nullopt);
    EXPECT_EQ(fixed(0).nextDelay(0, 0, true, {}, {}), 500ms); // connection failures are retried
}

TEST(RetryPolicyTest, HonoursRetryAfterHeaders)
{
    const RetryPolicy p = fixed(0.0);
    EXPECT_EQ(p.nextDelay(0, 429, false, "250", "3"), 250ms); // retry-after-ms wins
    EXPECT_EQ(p.nextDelay(0, 429, false, {}, "3"), 3000ms);
    EXPECT_EQ(p.nextDelay(0, 429, false, {}, "1.5"), 1500ms);
    EXPECT_EQ(p.nextDelay(0, 429, false, {}, "Mon, 04 May 2026 07:28:05 GMT"), 5000ms);
    // Unreasonable values fall back to the backoff.
    EXPECT_EQ(p.nextDelay(0, 429, false, {}, "3600"), 500ms);
    EXPECT_EQ(p.nextDelay(0, 429, false, {}, "soon"), 500ms);
}
