#pragma once

// The formats behind `eventdesk-cli import` and `export`. Each feature lists its formats in its own file:
// interopcommands.cpp (frab-xml, c3voc-json) and publishformats.cpp (ics, site, pdf, html, backup).

#include <QList>
#include <QString>

#include <functional>

namespace EventDesk
{
class CliRunner;

struct CliImportOptions {
    QString path;        // the file to read
    QString event;       // --event as typed (empty: the only event, or a new one)
    bool dryRun = false; // report what would change, write nothing
    bool json = false;   // print the report as JSON
};

struct CliImportFormat {
    QString name;        // for --format
    QString description; // one line for --help
    // Whether a file (its path and first bytes) looks like this format, for an import without --format.
    std::function<bool(const QString &path, const QByteArray &head)> detect;
    std::function<int(CliRunner &, const CliImportOptions &)> run;
};

struct CliExportOptions {
    QString format;
    QString event; // --event as typed (empty: the only event)
    QString room;  // --room, --track, --speaker: an id, a prefix or a name; empty: all
    QString track;
    QString speaker;
    QString release; // "working" (default), "latest" or a version number
    QString output;  // -o PATH (a file, or a folder for the site)
};

struct CliExportFormat {
    QString name;
    QString description;
    std::function<int(CliRunner &, const CliExportOptions &)> run;
};

QList<CliImportFormat> interopImportFormats(); // interopcommands.cpp
QList<CliExportFormat> interopExportFormats(); // interopcommands.cpp
QList<CliImportFormat> publishImportFormats(); // publishformats.cpp
QList<CliExportFormat> publishExportFormats(); // publishformats.cpp

} // namespace EventDesk
