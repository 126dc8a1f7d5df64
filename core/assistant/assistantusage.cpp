#include "assistantusage.h"

#include "llm/llmclient.h"
#include "llm/pricetable.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
void later(QObject *context, std::function<AssistantUsage::Totals()> work,
           std::function<void(const AssistantUsage::Totals &)> done)
{
    QPointer<QObject> guard(context);
    // A write still under way when the program ends is finished before the application object goes, so it
    // never posts its answer to an application that is gone.
    static const bool waitAtExit = [] {
        qAddPostRoutine([] { QThreadPool::globalInstance()->waitForDone(); });
        return true;
    }();
    Q_UNUSED(waitAtExit);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        const AssistantUsage::Totals totals = work();
        // The application object lives as long as the event loop; the guard tells whether context does.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, totals] {
                if (guard && done)
                    done(totals);
            },
            Qt::QueuedConnection);
    });
}
} // namespace

AssistantUsageNotifier *AssistantUsageNotifier::instance()
{
    static QPointer<AssistantUsageNotifier> notifier;
    if (!notifier) {
        notifier = new AssistantUsageNotifier;
        if (QCoreApplication *app = QCoreApplication::instance()) {
            notifier->moveToThread(app->thread());
            notifier->setParent(app);
        }
    }
    return notifier;
}

QString AssistantUsage::taskScope(const QUuid &eventId, const QDate &month, AssistantTask task)
{
    return monthScope(eventId, month) + u'/' + AssistantSettings::taskName(task);
}

QString AssistantUsage::eventScope(const QUuid &eventId)
{
    return eventId.toString(QUuid::WithoutBraces);
}

QString AssistantUsage::monthScope(const QUuid &eventId, const QDate &month)
{
    return eventScope(eventId) + u'/' + month.toString(u"yyyy-MM"_s);
}

AssistantUsage::Totals AssistantUsage::record(const QString &ledgerPath, const QUuid &eventId,
                                              const QDate &month, const TokenUsage &usage, double cost,
                                              std::optional<AssistantTask> task)
{
    UsageLedger ledger(ledgerPath);
    ledger.record(eventScope(eventId), usage, cost);
    ledger.record(monthScope(eventId, month), usage, cost);
    if (task)
        ledger.record(taskScope(eventId, month, *task), usage, cost);
    return {ledger.totals(eventScope(eventId)), ledger.totals(monthScope(eventId, month))};
}

AssistantUsage::Totals AssistantUsage::totals(const QString &ledgerPath, const QUuid &eventId,
                                              const QDate &month)
{
    const UsageLedger ledger(ledgerPath);
    return {ledger.totals(eventScope(eventId)), ledger.totals(monthScope(eventId, month))};
}

void AssistantUsage::recordLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                                 const QDate &month, const TokenUsage &usage, double cost,
                                 std::function<void(const Totals &)> done, std::optional<AssistantTask> task)
{
    later(
        context, [=] { return record(ledgerPath, eventId, month, usage, cost, task); },
        [eventId, done = std::move(done)](const Totals &totals) {
            if (done)
                done(totals);
            emit AssistantUsageNotifier::instance()->recorded(eventId);
        });
}

void AssistantUsage::track(LlmCall *call, const Target &target, const QString &fallbackModel)
{
    if (!call || target.eventId.isNull())
        return;
    QObject::connect(call, &LlmCall::finished, call, [call, target, fallbackModel] {
        const ChatResponse &r = call->response();
        if (r.fromCache || r.usage.total() == 0)
            return;
        const double cost =
            PriceTable::builtIn().cost(r.model.isEmpty() ? fallbackModel : r.model, r.usage).value_or(0);
        const QDate month = QDate::currentDate();
        if (target.blocking) {
            record(target.ledgerPath, target.eventId, month, r.usage, cost, target.task);
            return;
        }
        recordLater(AssistantUsageNotifier::instance(), target.ledgerPath, target.eventId, month, r.usage,
                    cost, {}, target.task);
    });
}

void AssistantUsage::totalsLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                                 const QDate &month, std::function<void(const Totals &)> done)
{
    later(
        context, [=] { return totals(ledgerPath, eventId, month); }, std::move(done));
}

} // namespace EventDesk
