#pragma once

#include "llm/chatresponse.h"
#include "llm/usageledger.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace EventDesk
{

// The assistant's token and cost totals in the UsageLedger (llm knows nothing of events): one scope per
// event (its id, as `eventdesk-cli ask` has always recorded) and one per event and month ("ID/yyyy-MM"),
// which the monthly budget is compared with. Every task records through here.
class AssistantUsage
{
public:
    struct Totals {
        UsageLedger::Totals event;
        UsageLedger::Totals month;
    };

    static QString eventScope(const QUuid &eventId);
    static QString monthScope(const QUuid &eventId, const QDate &month);

    // Blocking (SQLite): for pool threads and the CLI. An empty path is the ledger's default file.
    static Totals record(const QString &ledgerPath, const QUuid &eventId, const QDate &month,
                         const TokenUsage &usage, double cost);
    static Totals totals(const QString &ledgerPath, const QUuid &eventId, const QDate &month);

    // The same on a pool thread; done runs on the GUI (application) thread if context still exists then.
    static void recordLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                            const QDate &month, const TokenUsage &usage, double cost,
                            std::function<void(const Totals &)> done);
    static void totalsLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                            const QDate &month, std::function<void(const Totals &)> done);
};

} // namespace EventDesk
