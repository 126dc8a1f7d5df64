#include "filelocations.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace EventDesk::FileLocations
{

QString start(const QString &fileName)
{
    QString folder = Settings::value(Settings::Key::LastFileFolder).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void rememberFile(const QString &path)
{
    if (!path.isEmpty())
        Settings::setValue(Settings::Key::LastFileFolder, QFileInfo(path).absolutePath());
}

void rememberFolder(const QString &path)
{
    if (!path.isEmpty())
        Settings::setValue(Settings::Key::LastFileFolder, QDir::cleanPath(path));
}

} // namespace EventDesk::FileLocations
