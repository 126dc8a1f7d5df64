#include "atomicfile.h"

#include <QDir>
#include <QSaveFile>

namespace EventDesk
{

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("%1 cannot be written: %2.").arg(shown, file.errorString()), {}};
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{ErrorCode::Io, tr("%1 cannot be written: %2.").arg(shown, file.errorString()), {}};
    }
    if (!file.commit())
        return Error{ErrorCode::Io, tr("%1 cannot be saved: %2.").arg(shown, file.errorString()), {}};
    return {};
}

} // namespace EventDesk
