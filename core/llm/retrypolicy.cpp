#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace EventDesk
{

RetryPolicy::RetryPolicy()
    : m_jitter([] { return QRandomGenerator::global()->generateDouble(); }),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

std::chrono::milliseconds RetryPolicy::backoff(int retriesSoFar) const
{
    const double base = double(initialDelay.count()) * std::pow(2.0, std::min(retriesSoFar, 30));
    const double capped = std::min(base, double(maxDelay.count()));
    const double jitter = 1.0 - 0.25 * std::clamp(m_jitter(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(capped * jitter)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::nextDelay(int retriesSoFar, int httpStatus,
                                                                bool networkError,
                                                                const QByteArray &retryAfterMs,
                                                                const QByteArray &retryAfter) const
{
    if (retriesSoFar >= maxRetries)
        return std::nullopt;
    if (!networkError && !isRetryableStatus(httpStatus))
        return std::nullopt;
    std::optional<qint64> asked;
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok)
        asked = qint64(ms);
    if (!asked && !retryAfter.isEmpty()) {
        const double secs = retryAfter.trimmed().toDouble(&ok);
        if (ok) {
            asked = qint64(secs * 1000);
        } else {
            // An HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
            QString text = QString::fromLatin1(retryAfter.trimmed());
            text.chop(text.endsWith(QLatin1String(" GMT")) ? 4 : 0);
            QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
            if (when.isValid()) {
                when.setTimeSpec(Qt::UTC);
                asked = m_clock().msecsTo(when);
            }
        }
    }
    if (asked && *asked >= 0 && *asked <= 60000)
        return std::chrono::milliseconds(*asked);
    return backoff(retriesSoFar);
}

} // namespace EventDesk
