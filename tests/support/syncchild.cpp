// eventdesk_sync_child <workspace> <server url with password>: syncs the workspace in push batches of 50,
// printing "pushed <done>" after each batch the server acknowledged, then "done". syncsessiontest.cpp kills
// it with SIGKILL in the middle of a push.
#include "storage/eventstore.h"
#include "sync/serverconnection.h"
#include "sync/syncsession.h"

#include <QCoreApplication>

#include <cstdio>

using namespace EventDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: eventdesk_sync_child <workspace> <server url>\n", stderr);
        return 2;
    }
    EventStore store;
    if (auto opened = store.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto url = ServerUrl::parse(QString::fromLocal8Bit(argv[2]));
    if (!url) {
        std::fprintf(stderr, "url: %s\n", qPrintable(url.error().message));
        return 1;
    }
    ServerConnection connection(url.value());
    if (auto ok = connection.open(); !ok) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(ok.error().detail));
        return 1;
    }
    SyncSession session(store, connection.db());
    session.batchSize = 50;
    auto report = session.sync([](qint64 done, qint64, SyncSession::Phase phase) {
        if (phase == SyncSession::Phase::Push) {
            std::printf("pushed %lld\n", static_cast<long long>(done));
            std::fflush(stdout);
        }
        return true;
    });
    if (!report) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(report.error().detail));
        return 1;
    }
    std::puts("done");
    return 0;
}
