#include "pdfmodule.h"

#include "clirunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

struct Loaded {
    QLibrary library;
    PdfEntryPoints::CreateApplication createApplication = nullptr;
    PdfEntryPoints::WriteAgenda writeAgenda = nullptr;
    Error error{ErrorCode::NotFound, {}, {}};
};

Loaded &loaded()
{
    static Loaded l; // never unloaded: the application object it makes lives until main() returns
    return l;
}

} // namespace

QString PdfModule::programDir(const char *argv0)
{
#if defined(Q_OS_LINUX)
    const QString self = QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
    if (!self.isEmpty())
        return QFileInfo(self).absolutePath();
#elif defined(Q_OS_WIN)
    wchar_t buffer[MAX_PATH * 4];
    const DWORD n = GetModuleFileNameW(nullptr, buffer, DWORD(std::size(buffer)));
    if (n > 0 && n < std::size(buffer))
        return QFileInfo(QString::fromWCharArray(buffer, int(n))).absolutePath();
#endif
    if (!argv0 && QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    const QString name = argv0 ? QString::fromLocal8Bit(argv0) : QString();
    const QString path = name.contains(u'/') ? name : QStandardPaths::findExecutable(name);
    return path.isEmpty() ? QString() : QFileInfo(path).canonicalPath();
}

bool PdfModule::load(const char *argv0)
{
    Loaded &l = loaded();
    if (l.writeAgenda)
        return true;
    const QString dir = programDir(argv0);
    QStringList tried;
    QStringList candidates{dir + u"/eventdesk_pdf"_s};
    const QString installed = QStringLiteral(EVENTDESK_PDF_MODULE_DIR);
    if (!installed.isEmpty())
        candidates.append(dir + u'/' + installed + u"/eventdesk_pdf"_s);
    for (const QString &candidate : std::as_const(candidates)) {
        l.library.setFileName(candidate);
        if (!l.library.load()) {
            tried.append(l.library.errorString());
            continue;
        }
        l.createApplication = reinterpret_cast<PdfEntryPoints::CreateApplication>(
            l.library.resolve(PdfEntryPoints::createApplicationName));
        l.writeAgenda =
            reinterpret_cast<PdfEntryPoints::WriteAgenda>(l.library.resolve(PdfEntryPoints::writeAgendaName));
        if (l.createApplication && l.writeAgenda)
            return true;
        tried.append(l.library.errorString());
        l.createApplication = nullptr;
        l.writeAgenda = nullptr;
        l.library.unload();
    }
    l.error = {ErrorCode::NotFound,
               CliRunner::tr("Cannot make a PDF: EventDesk's PDF module is missing or broken; reinstall "
                             "EventDesk."),
               tried.join(u"; "_s)};
    return false;
}

bool PdfModule::isLoaded()
{
    return loaded().writeAgenda != nullptr;
}

Error PdfModule::error()
{
    return loaded().error;
}

QCoreApplication *PdfModule::createApplication(int &argc, char **argv)
{
    return isLoaded() ? loaded().createApplication(argc, argv) : nullptr;
}

Result<int> PdfModule::writeAgenda(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                                   const QString &path)
{
    if (!isLoaded() && !load(nullptr))
        return error();
    Result<int> result = Error{};
    loaded().writeAgenda(data, options, path, &result);
    return result;
}

} // namespace EventDesk
