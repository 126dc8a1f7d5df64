#pragma once

#include "result.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace EventDesk
{

// The one writer for exports and backups: QSaveFile, so a file is either fully written or left as it was.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AtomicFile)

public:
    static Result<void> write(const QString &path, const QByteArray &bytes);
};

} // namespace EventDesk
