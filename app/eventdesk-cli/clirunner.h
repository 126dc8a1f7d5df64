#pragma once

#include "storage/eventstore.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace EventDesk
{
class CliRunner;

// One command of the CLI. An empty verb makes the noun a command of its own (e.g. `conflicts`, `ask`),
// which then gets every argument after the noun.
struct CliRoute {
    QString noun;
    QString verb;
    std::function<int(CliRunner &, const QStringList &)> run;
    bool needsWorkspace = true; // false: runs without opening --db (server administration)
};
// Each feature lists its commands in its own file.
QList<CliRoute> scheduleCliRoutes();         // schedulecommands.cpp
QList<CliRoute> registrationCliRoutes();     // registrationcommands.cpp
QList<CliRoute> llmCliRoutes();              // llmcommands.cpp
QList<CliRoute> assistantAgendaCliRoutes();  // assistantagendacommands.cpp
QList<CliRoute> assistantPrefillCliRoutes(); // assistantprefillcommands.cpp

// assistantreplycommands.cpp: assistant reply, assistant review.
QList<CliRoute> assistantReplyCliRoutes();
// interopcommands.cpp: import, export (formats in interopformats.h).
QList<CliRoute> interopCliRoutes();
QList<CliRoute> autoScheduleCliRoutes(); // autoschedulecommands.cpp
// synccommands.cpp: server init, server add-member, sync, conflicts list, conflicts resolve.
QList<CliRoute> syncCliRoutes();

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
    // Parses a command's arguments into p, with --help added: the one parser of every command. A value
    // means "stop and exit with it": bad usage (reported) or --help (printed). command names the command
    // in the help's usage line ("eventdesk-cli llm test").
    std::optional<int> parse(QCommandLineParser &p, const QStringList &args, const QString &command = {});
    // Looking a record up by what people type: candidates whose name is text (ignoring case), else those
    // whose id starts with it. The caller says "none" or "several" in its own sentence, naming the
    // several with listed().
    struct Candidate {
        QUuid id;
        QString name;
    };
    static QList<Candidate> matching(const QList<Candidate> &candidates, const QString &text);
    static QString listed(const QList<Candidate> &candidates); // "Early bird (ID), Student (ID)"
    int fail(const Error &error);
    Result<QUuid> currentEvent(const QString &requested);

private:
    template <typename T> int add(const QStringList &args);
    template <typename T> int list(const QStringList &args);
    template <typename T> int show(const QStringList &args);
    template <typename T> int update(const QStringList &args);
    template <typename T> int remove(const QStringList &args);
    int removeReferenced(RecordKind kind, const QUuid &id, bool force);
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
