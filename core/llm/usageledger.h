#pragma once

#include "chatresponse.h"

#include <QString>

namespace EventDesk
{

// Running token and cost totals per scope (the assistant uses an event's id; llm does not know events),
// kept in a small SQLite file of its own next to the response cache.
class UsageLedger
{
public:
    struct Totals {
        qint64 requests = 0;
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        double cost = 0;
    };

    explicit UsageLedger(const QString &path = {}); // empty: QStandardPaths::AppDataLocation/llm-usage.sqlite
    ~UsageLedger();
    UsageLedger(const UsageLedger &) = delete;
    UsageLedger &operator=(const UsageLedger &) = delete;

    void record(const QString &scope, const TokenUsage &usage, double cost);
    Totals totals(const QString &scope) const;

private:
    QString m_connection;
    bool m_open = false;
};

} // namespace EventDesk
