#pragma once

// Paths of the interop samples and schemas, and small helpers for the schedule import/export tests.

#include "io/schedulefile.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifndef EVENTDESK_INTEROP_DIR
#error "The test target must define EVENTDESK_INTEROP_DIR (tests/data/interop)."
#endif

namespace EventDesk::Test
{

inline QString interopPath(const QString &name)
{
    return QStringLiteral(EVENTDESK_INTEROP_DIR "/") + name;
}

inline QByteArray interopBytes(const QString &name)
{
    QFile f(interopPath(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

// A minimal schedule.xml around the given <room> elements (one day, Europe/Berlin).
inline QByteArray frabXml(const QByteArray &rooms, const QByteArray &conferenceExtra = {},
                          const QByteArray &top = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n<version>1</version>\n" + top +
           "<conference><acronym>test2026</acronym><title>Test Conf</title><start>2026-06-10</start>"
           "<end>2026-06-11</end><time_zone_name>Europe/Berlin</time_zone_name>" +
           conferenceExtra +
           "</conference>\n<day index=\"1\" date=\"2026-06-10\" start=\"2026-06-10T09:00:00+02:00\" "
           "end=\"2026-06-11T04:00:00+02:00\">\n" +
           rooms + "</day>\n</schedule>\n";
}

// One <event> element.
inline QByteArray frabEvent(const QByteArray &guid, const QByteArray &title, const QByteArray &date,
                            const QByteArray &extra = {}, const QByteArray &duration = "00:30")
{
    return "<event guid=\"" + guid + "\" id=\"1\"><date>" + date + "</date><start>10:00</start><duration>" +
           duration + "</duration><room>Hall</room><title>" + title +
           "</title><type>Talk</type><abstract/><track>Main</track><language>en</language>" + extra +
           "</event>\n";
}

// What the readers' tests of schema 8's fields put in the first session (acronym "test2026"): the subtitle "A
// subtitle", the description "Long text.\n\nMore.", links to https://a.example/ ("A") and https://b.example/,
// and the attachment https://c.example/slides.pdf ("Slides").
inline void expectSessionExtras(const ScheduleFile &f, const QString &secondLinkTitle)
{
    EXPECT_EQ(f.data.event.acronym, QStringLiteral("test2026"));
    ASSERT_FALSE(f.data.sessions.isEmpty());
    const Session &s = f.data.sessions.first();
    EXPECT_EQ(s.subtitle, QStringLiteral("A subtitle"));
    EXPECT_EQ(s.description, QStringLiteral("Long text.\n\nMore."));
    EXPECT_EQ(s.links, (QList<SessionLink>{{QStringLiteral("https://a.example/"), QStringLiteral("A")},
                                           {QStringLiteral("https://b.example/"), secondLinkTitle}}));
    EXPECT_EQ(s.attachments, (QList<SessionLink>{{QStringLiteral("https://c.example/slides.pdf"),
                                                  QStringLiteral("Slides")}}));
}

// Validates bytes with a real validator: xmllint --schema for XML, python3-jsonschema (Draft 6, with format
// checks) for JSON. Returns the validator's complaints, empty when valid.
inline QString validatorErrors(const QByteArray &bytes, bool xml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(xml ? QStringLiteral("out.xml") : QStringLiteral("out.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QStringLiteral("cannot write the file to validate");
    f.close();
    QProcess p;
    if (xml) {
        p.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                            interopPath(QStringLiteral("schemas/schedule.xml.xsd")), path});
    } else {
        const QString script =
            QStringLiteral("import json, sys, jsonschema\n"
                           "schema = json.load(open(sys.argv[1]))\n"
                           "v = jsonschema.Draft6Validator(schema, "
                           "format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)\n"
                           "errors = list(v.iter_errors(json.load(open(sys.argv[2]))))\n"
                           "for e in errors[:10]: print('/'.join(map(str, e.path)), e.message[:300])\n"
                           "sys.exit(1 if errors else 0)\n");
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"), script, interopPath(QStringLiteral("schemas/schema.json")), path});
    }
    if (!p.waitForFinished(60000))
        return QStringLiteral("the validator did not finish: ") + p.errorString();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace EventDesk::Test
