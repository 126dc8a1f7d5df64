#include "sentences.h"

#include <QCoreApplication>

namespace EventDesk::Sentences
{

QString join(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return QCoreApplication::translate("EventDesk::Sentences", "%1 %2", "one sentence after another")
        .arg(first, second);
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = items.first();
    for (qsizetype i = 1; i < items.size(); ++i)
        out =
            QCoreApplication::translate("EventDesk::Sentences", "%1, %2", "a list so far, and its next item")
                .arg(out, items.at(i));
    return out;
}

} // namespace EventDesk::Sentences
