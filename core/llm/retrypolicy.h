#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace EventDesk
{

// The OpenAI SDKs' retry policy: retry 408, 409, 429, 5xx and network failures, at most maxRetries times;
// honour retry-after-ms and Retry-After (seconds or an HTTP date) when they ask for 0–60 s; otherwise
// back off exponentially from 0.5 s to 8 s, minus up to 25 % jitter.
class RetryPolicy
{
public:
    using Jitter = std::function<double()>; // returns a value in [0, 1)
    using Clock = std::function<QDateTime()>;

    int maxRetries = 2;
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxDelay{8000};

    RetryPolicy();
    void setJitterSource(Jitter jitter) { m_jitter = std::move(jitter); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    static bool isRetryableStatus(int httpStatus);
    // retriesSoFar: 0 before the first retry. Returns nullopt when no retry should happen.
    std::optional<std::chrono::milliseconds> nextDelay(int retriesSoFar, int httpStatus, bool networkError,
                                                       const QByteArray &retryAfterMs,
                                                       const QByteArray &retryAfter) const;
    std::chrono::milliseconds backoff(int retriesSoFar) const;

private:
    Jitter m_jitter;
    Clock m_clock;
};

} // namespace EventDesk
