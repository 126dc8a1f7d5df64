#include "shortids.h"

#include <algorithm>

namespace EventDesk
{

QString ShortIds::full(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QHash<QUuid, QString> ShortIds::of(const QList<QUuid> &ids)
{
    QList<std::pair<QString, QUuid>> sorted;
    sorted.reserve(ids.size());
    for (const QUuid &id : ids)
        if (!id.isNull())
            sorted.append({full(id), id});
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    auto common = [](const QString &a, const QString &b) {
        qsizetype n = 0;
        while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
            ++n;
        return n;
    };
    QHash<QUuid, QString> out;
    out.reserve(sorted.size());
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QString &text = sorted.at(i).first;
        qsizetype length = kMinLength;
        if (i > 0)
            length = std::max(length, common(text, sorted.at(i - 1).first) + 1);
        if (i + 1 < sorted.size())
            length = std::max(length, common(text, sorted.at(i + 1).first) + 1);
        while (length < text.size() && text.at(length - 1) == u'-')
            ++length;
        out.insert(sorted.at(i).second, text.left(length));
    }
    return out;
}

} // namespace EventDesk
