#pragma once

// Runs the eventdesk-cli binary for end-to-end tests. The test target names the binary with
// EVENTDESK_CLI="$<TARGET_FILE:eventdesk-cli>".

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

#include <gtest/gtest.h>

#ifndef EVENTDESK_CLI
#error "The test target must define EVENTDESK_CLI (the path of eventdesk-cli)."
#endif

namespace EventDesk::Test
{

// What one run of the CLI did.
struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// The environment of a CLI test: this process's, with the workspace file and English messages.
inline QProcessEnvironment cliEnvironment(const QString &workspace)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTDESK_DB"), workspace);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

// Runs the CLI to its end, feeding it input on stdin. This process's event loop keeps running meanwhile,
// so a server in the test process (the fake language-model server) can answer it.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {},
                     int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EVENTDESK_CLI), args);
    EXPECT_TRUE(p.waitForStarted(10000)) << "eventdesk-cli did not start";
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    QSignalSpy finished(&p, &QProcess::finished);
    EXPECT_TRUE(p.state() == QProcess::NotRunning || finished.wait(timeoutMs))
        << "eventdesk-cli did not finish";
    CliRun r;
    r.exitCode =
        p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace EventDesk::Test
