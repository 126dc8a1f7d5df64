#include "assistantusage.h"

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

QString AssistantUsage::eventScope(const QUuid &eventId)
{
    return eventId.toString(QUuid::WithoutBraces);
}

QString AssistantUsage::monthScope(const QUuid &eventId, const QDate &month)
{
    return eventScope(eventId) + u'/' + month.toString(u"yyyy-MM"_s);
}

AssistantUsage::Totals AssistantUsage::record(const QString &ledgerPath, const QUuid &eventId,
                                              const QDate &month, const TokenUsage &usage, double cost)
{
    UsageLedger ledger(ledgerPath);
    ledger.record(eventScope(eventId), usage, cost);
    ledger.record(monthScope(eventId, month), usage, cost);
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
                                 std::function<void(const Totals &)> done)
{
    later(
        context, [=] { return record(ledgerPath, eventId, month, usage, cost); }, std::move(done));
}

void AssistantUsage::totalsLater(QObject *context, const QString &ledgerPath, const QUuid &eventId,
                                 const QDate &month, std::function<void(const Totals &)> done)
{
    later(
        context, [=] { return totals(ledgerPath, eventId, month); }, std::move(done));
}

} // namespace EventDesk
