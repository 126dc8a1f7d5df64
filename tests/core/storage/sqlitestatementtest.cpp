// The SQLite fast path and its QSqlQuery fallback (core/storage/sqlitestatement.h), both in this build.
#include "storage/sqlitestatement.h"

#include "storage/eventstore.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::RawSqlite;
using EventDesk::Test::TempWorkspace;

namespace
{

// Switches the fast path for the statements made in a scope, and back on afterwards.
class FastPathSwitch
{
public:
    explicit FastPathSwitch(bool enabled) { SqliteStatement::setFastPathEnabled(enabled); }
    ~FastPathSwitch() { SqliteStatement::setFastPathEnabled(true); }
};

const QUuid kEventId = QUuid::fromString(u"0190a000-0000-7000-8000-000000000001"_s);
const QUuid kTicketId = QUuid::fromString(u"0190a000-0000-7000-8000-000000000002"_s);

// The same records, ids given, so that both workspaces can be compared row by row.
QList<Participant> participants()
{
    QList<Participant> out;
    for (int i = 0; i < 25; ++i) {
        Participant p;
        p.meta.id =
            QUuid::fromString(u"0190a000-0000-7000-8000-1000000000%1"_s.arg(i, 2, 10, QLatin1Char('0')));
        p.eventId = kEventId;
        p.name = i % 2 ? u"Zoë Ångström %1"_s.arg(i) : u"李娜 %1"_s.arg(i); // non-ASCII text both ways
        p.email = u"p%1@example.org"_s.arg(i);
        p.phone = i % 3 ? QString() : u"+49 30 %1"_s.arg(i); // null text is stored as ''
        p.organisation = i == 7 ? QString() : u"Org"_s;
        p.ticketTypeId = i % 4 ? kTicketId : QUuid(); // a NULL reference
        p.status = i % 5 ? ParticipantStatus::Confirmed : ParticipantStatus::Waitlisted;
        p.answers = QJsonObject{{u"n"_s, i}, {u"tags"_s, QJsonArray{u"qt"_s, u"sqlite"_s}}};
        p.notes = QString(300 + i, QChar(u'x'));
        p.source = u"import"_s;
        out.append(p);
    }
    return out;
}

// Every row of a table with each value's SQLite type, without the columns that hold the time of writing.
QStringList rows(const QString &path, const QString &table, const QString &orderBy)
{
    RawSqlite raw(path);
    const QStringList skip{u"created_utc"_s, u"updated_utc"_s, u"changed_utc"_s};
    QStringList kept;
    QStringList select;
    for (const QString &c : raw.columns(table)) {
        if (skip.contains(c))
            continue;
        kept.append(c);
        select.append(c);
        select.append(u"typeof("_s + c + u")"_s);
    }
    QStringList out;
    for (const QVariantList &row :
         raw.rows(u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + table + u" ORDER BY "_s + orderBy)) {
        QStringList values;
        for (qsizetype i = 0; i < kept.size(); ++i)
            values.append(kept.at(i) + u'=' + row.at(2 * i).toString() + u':' + row.at(2 * i + 1).toString());
        out.append(values.join(u" | "_s));
    }
    return out;
}

// Writes the event, its ticket types and participants with addMany; returns the workspace's file.
QString writeWorkspace(const TempWorkspace &ws, const QString &name)
{
    EventStore store;
    store.setActor(u"tester"_s);
    const QString path = ws.filePath(name);
    EXPECT_TRUE(store.open(path));
    Event e;
    e.meta.id = kEventId;
    e.name = u"Summit"_s;
    e.timeZone = u"Europe/Berlin"_s;
    e.startDate = QDate(2026, 6, 1);
    e.endDate = QDate(2026, 6, 2);
    EXPECT_TRUE(store.add(e));
    TicketType regular;
    regular.meta.id = kTicketId;
    regular.eventId = kEventId;
    regular.name = u"Regular"_s;
    regular.quota = 100;
    regular.priceCents = 12345678901LL;
    TicketType free;
    free.meta.id = QUuid::fromString(u"0190a000-0000-7000-8000-000000000003"_s);
    free.eventId = kEventId;
    free.name = u"Free"_s; // quota: NULL
    EXPECT_EQ(store.addMany<TicketType>({regular, free}).value(), 2);
    auto added = store.addMany<Participant>(participants());
    EXPECT_TRUE(added) << added.error().detail.toStdString();
    EXPECT_EQ(added.value(), 25);
    return path;
}

} // namespace

TEST(SqliteStatementTest, FastPathIsDecidedByTheBuildAndCanBeSwitchedOff)
{
    TempWorkspace ws;
    EventStore store;
    ASSERT_TRUE(store.open(ws.filePath(u"a.eventdesk"_s)));
    QSqlDatabase db;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(u"eventstore-"_s))
            db = QSqlDatabase::database(name, false);
    {
        SqliteStatement s(db, u"SELECT 1"_s);
        ASSERT_TRUE(s.isValid());
        EXPECT_EQ(s.usesHandle(), SqliteStatement::fastPathCompiled()); // on by default where built
    }
    {
        FastPathSwitch off(false);
        EXPECT_FALSE(SqliteStatement::fastPathEnabled());
        SqliteStatement s(db, u"SELECT 1"_s);
        ASSERT_TRUE(s.isValid());
        EXPECT_FALSE(s.usesHandle());
        EXPECT_TRUE(s.exec());
    }
    EXPECT_EQ(SqliteStatement::fastPathEnabled(), SqliteStatement::fastPathCompiled());
#if defined(Q_OS_LINUX)
    // Debian's Qt links the system libsqlite3, so the default build has the fast path here.
    EXPECT_TRUE(SqliteStatement::fastPathCompiled());
#endif
}

TEST(SqliteStatementTest, BulkAddWritesTheSameRowsThroughBothPaths)
{
    TempWorkspace ws;
    ASSERT_TRUE(ws.isValid());
    const QString fast = writeWorkspace(ws, u"fast.eventdesk"_s);
    QString slow;
    {
        FastPathSwitch off(false);
        slow = writeWorkspace(ws, u"fallback.eventdesk"_s);
    }
    for (const auto &[table, order] :
         {std::pair{u"participants"_s, u"id"_s}, std::pair{u"ticket_types"_s, u"id"_s},
          std::pair{u"changes"_s, u"seq"_s}}) {
        const QStringList a = rows(fast, table, order);
        const QStringList b = rows(slow, table, order);
        EXPECT_FALSE(a.isEmpty()) << table.toStdString();
        EXPECT_EQ(a, b) << table.toStdString();
    }
    const QStringList people = rows(slow, u"participants"_s, u"id"_s);
    ASSERT_EQ(people.size(), 25);
    EXPECT_TRUE(people.at(1).contains(u"name=Zoë Ångström 1:text"_s)) << people.at(1).toStdString();
    EXPECT_TRUE(people.at(0).contains(u"ticket_type_id=:null"_s)) << people.at(0).toStdString();
    EXPECT_TRUE(people.at(1).contains(u"phone=:text"_s)) << people.at(1).toStdString();
    EXPECT_TRUE(people.at(1).contains(u"revision=1:integer"_s)) << people.at(1).toStdString();
}

// Reading a SELECT row by row gives the same values through the handle and through QSqlQuery: integers, UTF-8
// text (non-ASCII too), nulls; the statement reads again with new bindings after its last row.
TEST(SqliteStatementTest, ReadsTheSameRowsThroughBothPaths)
{
    TempWorkspace ws;
    ASSERT_TRUE(ws.isValid());
    EventStore store;
    ASSERT_TRUE(store.open(writeWorkspace(ws, u"read.eventdesk"_s)));
    QSqlDatabase db;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(u"eventstore-"_s))
            db = QSqlDatabase::database(name, false);
    ASSERT_TRUE(db.isOpen());
    auto read = [&](bool fastPath, int fromRow) {
        FastPathSwitch path(fastPath);
        SqliteStatement s(
            db, u"SELECT revision, name, ticket_type_id, json_object('phone', phone, 'n', revision) "
                "FROM participants WHERE id >= ? ORDER BY id"_s);
        EXPECT_EQ(s.usesHandle(), fastPath && SqliteStatement::fastPathCompiled());
        QStringList out;
        for (int pass = 0; pass < 2; ++pass) { // the second pass reads again, from another row
            s.bind(0, participants().at(pass == 0 ? 0 : fromRow).meta.id.toString(QUuid::WithoutBraces));
            while (s.next())
                out.append(u"%1|%2|%3|%4|%5"_s.arg(s.int64(0))
                               .arg(s.text(1), s.isNull(2) ? u"null"_s : s.text(2),
                                    QString::fromUtf8(s.utf8(3)), QString::fromUtf8(s.utf8(1))));
            EXPECT_TRUE(s.lastError().isEmpty()) << s.lastError().toStdString();
        }
        return out;
    };
    const QStringList fast = read(true, 20);
    const QStringList slow = read(false, 20);
    EXPECT_EQ(fast, slow);
    ASSERT_EQ(fast.size(), 25 + 5);
    // The oracle: the first participant as written.
    const Participant first = participants().first();
    EXPECT_EQ(fast.first(), u"1|%1|null|{\"phone\":\"+49 30 0\",\"n\":1}|%1"_s.arg(first.name));
    EXPECT_TRUE(fast.at(1).contains(u"|Zoë Ångström 1|"_s)) << fast.at(1).toStdString();
    EXPECT_TRUE(fast.at(1).contains(kTicketId.toString(QUuid::WithoutBraces))) << fast.at(1).toStdString();
}
