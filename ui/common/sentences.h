#pragma once

#include <QString>
#include <QStringList>

namespace EventDesk::Sentences
{

// Translated pieces of text put together the way each language writes them: English puts a space between
// two sentences and ", " between the items of a list; Chinese puts neither a space nor a Latin comma
// ("已应用 5 项。未应用：…", "0 个错误，16 个警告").
QString join(const QString &first, const QString &second);
QString list(const QStringList &items);

} // namespace EventDesk::Sentences
