#pragma once

#include "storage/eventstore.h"

#include <QStringList>
#include <QTextStream>

namespace EventDesk {

// The headless command line: parses `[--db PATH] COMMAND …`, runs it on an EventStore, prints results.
// Exit codes: 0 success, 1 user error (bad data, missing record), 2 bad usage.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CliRunner)

public:
    enum Exit { Ok = 0, UserError = 1, UsageError = 2 };

    CliRunner(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // arguments without the program name

private:
    template <typename T> int add(const QStringList &args);
    template <typename T> int list(const QStringList &args);
    template <typename T> int show(const QStringList &args);
    template <typename T> int update(const QStringList &args);
    template <typename T> int remove(const QStringList &args);
    int init();
    int demo(const QStringList &args);
    int dispatch(const QString &noun, const QString &verb, const QStringList &rest);
    int usage(const QString &message);
    int fail(const Error &error);
    void printHelp();
    Result<QUuid> currentEvent(const QString &requested);

    QTextStream &m_out;
    QTextStream &m_err;
    EventStore m_store;
};

} // namespace EventDesk
