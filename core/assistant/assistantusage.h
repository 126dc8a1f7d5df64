#pragma once

#include "assistantsettings.h"
#include "llm/chatresponse.h"
#include "llm/usageledger.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace EventDesk
{

class LlmCall;

// Tells the window that usage was recorded for an event (after the ledger's write), whichever task or
// window part made the request, so the dock's month total and budget warning follow. Lives on the
// application's thread.
class AssistantUsageNotifier : public QObject
{
    Q_OBJECT
public:
    static AssistantUsageNotifier *instance();
signals:
    void recorded(const QUuid &eventId);
};

// The assistant's token and cost totals in the UsageLedger (llm knows nothing of events): one scope per
// event (its id, as `eventdesk-cli ask` has always recorded), one per event and month ("ID/yyyy-MM"),
// which the monthly budget is compared with, and one per event, month and task ("ID/yyyy-MM/agenda").
// Every task records through here.
class AssistantUsage
{
public:
    struct Totals {
        UsageLedger::Totals event;
        UsageLedger::Totals month;
    };

    // Whom a task's requests are charged to.
    struct Target {
        QUuid eventId; // null: nothing is recorded
        AssistantTask task = AssistantTask::Chat;
        QString ledgerPath;    // empty: the ledger's default file
        bool blocking = false; // write before the call's finished() handlers go on (the CLI); else on a pool
    };

    static QString eventScope(const QUuid &eventId);
    static QString monthScope(const QUuid &eventId, const QDate &month);
    static QString taskScope(const QUuid &eventId, const QDate &month, AssistantTask task);

    // Blocking (SQLite): for pool threads and the CLI. An empty path is the ledger's default file.
    static Totals record(const QString &ledgerPath, const QUuid &eventId, const QDate &month,
                         const TokenUsage &usage, double cost,
                         std::optional<AssistantTask> task = std::nullopt);
    // Records the tokens and cost of one request of a task when it finishes (every request: the first, a
    // repair round, a revision, each batch), unless its answer came from the cache or used no tokens. The
    // cost is the price of the answering model (else fallbackModel's). Connect this before the task's own
    // handler of call's finished().
    static void track(LlmCall *call, const Target &target, const QString &fallbackModel);
    static Totals totals(const QString &ledgerPath, const QUuid &eventId, const QDate &month);

    // The same on a pool thread; done runs on the GUI (application) thread if context still exists then.
    // Also tells AssistantUsageNotifier.
    static void recordLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                            const QDate &month, const TokenUsage &usage, double cost,
                            std::function<void(const Totals &)> done,
                            std::optional<AssistantTask> task = std::nullopt);
    static void totalsLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                            const QDate &month, std::function<void(const Totals &)> done);
};

} // namespace EventDesk
