#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct pg_conn;
struct pg_result;

namespace EventDesk
{

// A statement on the team server with text parameters and text results, for sync's big transfers: Qt's QPSQL
// driver sends each bound value of a prepared statement as an escaped SQL literal inside EXECUTE, which the
// server then lexes (a push batch is megabytes), and converts every result value to a QVariant. This one
// passes the values to libpq's PQexecParams on the driver's own connection and hands back the result's bytes.
// The handle is used only in a build with EVENTDESK_LIBPQ_FASTPATH (on by default only where Qt's QPSQL
// plugin links the system libpq, which we link too). Otherwise, or when switched off at run time, the
// statement runs through QSqlQuery. Placeholders are ? in order.
class ServerQuery
{
public:
    ServerQuery(const QSqlDatabase &db, const QString &sql);
    ~ServerQuery();
    ServerQuery(const ServerQuery &) = delete;
    ServerQuery &operator=(const ServerQuery &) = delete;

    static bool fastPathCompiled();
    // Statements made afterwards use the handle only while this is on (the default where compiled).
    static void setFastPathEnabled(bool enabled);
    static bool fastPathEnabled();
    bool usesHandle() const { return m_conn != nullptr; }

    // Whether COPY can run on this connection (the fast path, with a handle).
    static bool canCopy(const QSqlDatabase &db);
    // COPY … FROM STDIN in three steps, so that the caller reads its next rows while the server parses the
    // ones sent: copyBegin() starts copyStatement inside the transaction the caller opened, copyPut() sends
    // rows in COPY's text format (whole lines), and copyEnd() finishes the COPY (or, given a reason, aborts
    // it) and reads the server's answer. Each returns false with the server's sentence in error.
    static bool copyBegin(const QSqlDatabase &db, const QString &copyStatement, QString *error);
    static bool copyPut(const QSqlDatabase &db, const QByteArray &rows, QString *error);
    static bool copyEnd(const QSqlDatabase &db, QString *error, const char *abortReason = nullptr);

    // The next parameter as UTF-8 text; a null array is SQL NULL.
    void bind(const QByteArray &utf8);
    // Runs the statement with the bound values and clears them; false on error (lastError()).
    bool exec();
    // exec() in two halves, so that the caller works while the server does: send() starts the statement and
    // returns at once (with the handle; through QSqlQuery the statement runs in receive()), receive() waits
    // for its rows. Nothing else may use the connection in between. A statement sent and never received is
    // drained by the next send() or the destructor.
    bool send();
    bool receive();
    QString lastError() const { return m_error; }

    // Rows of the last exec(), from before the first: next() moves to the first.
    bool next();
    // A column of the current row as UTF-8 text; null for SQL NULL.
    QByteArray value(int column) const;
    bool isNull(int column) const;

private:
    void clearResult();
    void drain();

    pg_conn *m_conn = nullptr;
    pg_result *m_result = nullptr;
    QByteArray m_sql; // with $1, $2, … for libpq
    int m_rows = 0;
    int m_row = -1;
    QList<QByteArray> m_params;
    QSqlQuery m_fallback;
    bool m_prepared = false;
    bool m_sent = false; // sent and not received yet
    QString m_error;
};

} // namespace EventDesk
