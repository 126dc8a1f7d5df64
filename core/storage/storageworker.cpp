#include "storageworker.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

StorageWorker::StorageWorker(QObject *parent) : QObject(parent), m_store(new EventStore)
{
    m_thread.setObjectName(u"EventDesk storage"_s);
    m_store->moveToThread(&m_thread);
    EventStore *store = m_store;
    connect(
        &m_thread, &QThread::finished, store, [store] { delete store; }, Qt::DirectConnection);
    m_thread.start();
}

StorageWorker::~StorageWorker()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace EventDesk
