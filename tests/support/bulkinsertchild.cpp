// eventdesk_bulkinsert_child <workspace>: creates an event, then adds participants in batches of 500
// (one transaction each) until killed, printing "committed <total>" after each commit.
// tests/core/storage/crashsafetytest.cpp kills it with SIGKILL in the middle of a batch.
#include "storage/eventstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace EventDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: eventdesk_bulkinsert_child <workspace>\n", stderr);
        return 2;
    }
    EventStore store;
    if (auto opened = store.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Event event;
    event.name = u"Crash test"_s;
    event.startDate = QDate(2026, 5, 4);
    event.endDate = QDate(2026, 5, 4);
    auto created = store.add(event);
    if (!created) {
        std::fprintf(stderr, "add event: %s\n", qPrintable(created.error().message));
        return 1;
    }
    const QUuid eventId = created.value().meta.id;

    constexpr int kBatch = 500;
    long long total = 0;
    for (;;) {
        QList<Participant> batch;
        batch.reserve(kBatch);
        for (int i = 0; i < kBatch; ++i) {
            Participant p;
            p.eventId = eventId;
            p.name = u"Participant %1"_s.arg(total + i + 1);
            p.email = u"p%1@example.org"_s.arg(total + i + 1);
            batch.append(p);
        }
        auto added = store.addMany(std::move(batch));
        if (!added) {
            std::fprintf(stderr, "addMany: %s\n", qPrintable(added.error().message));
            return 1;
        }
        total += added.value();
        std::printf("committed %lld\n", total);
        std::fflush(stdout);
    }
}
