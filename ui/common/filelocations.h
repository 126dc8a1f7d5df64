#pragma once

#include <QString>

namespace EventDesk::FileLocations
{

// Where a file dialog opens: the folder of the last file or folder the organizer picked in any of
// EventDesk's file dialogs, else the Documents folder (never the folder the program was started from);
// with a file name, that file in it.
QString start(const QString &fileName = {});
// Remembers where a picked file is (its folder), or a picked folder, for the next dialog. An empty path (the
// dialog was cancelled) changes nothing.
void rememberFile(const QString &path);
void rememberFolder(const QString &path);

} // namespace EventDesk::FileLocations
