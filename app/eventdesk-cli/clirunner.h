#pragma once

#include "storage/eventstore.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace EventDesk {
class CliRunner;

// One command of the CLI. An empty verb makes the noun a command of its own (e.g. `conflicts`, `ask`),
// which then gets every argument after the noun.
struct CliRoute {
    QString noun;
    QString verb;
    std::function<int(CliRunner &, const QStringList &)> run;
};
// Each feature lists its commands in its own file.
QList<CliRoute> scheduleCliRoutes();     // schedulecommands.cpp
QList<CliRoute> registrationCliRoutes(); // registrationcommands.cpp
QList<CliRoute> llmCliRoutes();          // llmcommands.cpp

// The headless command line: parses `[--db PATH] COMMAND …`, runs it on an EventStore, prints results.
// Exit codes: 0 success, 1 user error (bad data, missing record), 2 bad usage.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CliRunner)

public:
    enum Exit { Ok = 0, UserError = 1, UsageError = 2 };

    CliRunner(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // arguments without the program name

    // For the feature files' commands.
    EventStore &store() { return m_store; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int usage(const QString &message);
    int fail(const Error &error);
    Result<QUuid> currentEvent(const QString &requested);

private:
    template <typename T> int add(const QStringList &args);
    template <typename T> int list(const QStringList &args);
    template <typename T> int show(const QStringList &args);
    template <typename T> int update(const QStringList &args);
    template <typename T> int remove(const QStringList &args);
    int init();
    int demo(const QStringList &args);
    QList<CliRoute> routes();
    int dispatch(const QString &noun, const QStringList &args);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
    EventStore m_store;
};

} // namespace EventDesk
