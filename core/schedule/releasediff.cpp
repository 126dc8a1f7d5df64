#include "releasediff.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// Fields that belong to the record's bookkeeping, not to the schedule.
const QStringList kIgnored{u"created"_s, u"updated"_s, u"revision"_s, u"deleted"_s};
const QStringList kPlacement{u"start"_s, u"roomId"_s, u"durationMinutes"_s};

QHash<QString, QJsonObject> byId(const QJsonArray &list)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : list)
        out.insert(v[u"id"_s].toString(), v.toObject());
    return out;
}

QJsonArray entries(const QList<ReleaseDiff::Entry> &list)
{
    QJsonArray a;
    for (const ReleaseDiff::Entry &e : list)
        a.append(QJsonObject{{u"session"_s, e.session.toString(QUuid::WithoutBraces)},
                             {u"title"_s, e.title},
                             {u"fields"_s, QJsonArray::fromStringList(e.fields)},
                             {u"before"_s, e.before},
                             {u"after"_s, e.after}});
    return a;
}
} // namespace

ReleaseDiff ReleaseDiff::compare(const QJsonArray &before, const QJsonArray &after)
{
    ReleaseDiff diff;
    const QHash<QString, QJsonObject> old = byId(before);
    const QHash<QString, QJsonObject> now = byId(after);
    for (const QJsonValue &v : after) {
        const QJsonObject a = v.toObject();
        const QString id = a[u"id"_s].toString();
        const QJsonObject b = old.value(id);
        Entry e{QUuid::fromString(id), a[u"title"_s].toString(), b, a, {}};
        if (b.isEmpty()) {
            diff.added.append(e);
            continue;
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!kIgnored.contains(it.key()) && b.value(it.key()) != it.value())
                e.fields.append(it.key());
        if (e.fields.isEmpty())
            continue;
        const bool moved = std::any_of(e.fields.begin(), e.fields.end(),
                                       [](const QString &f) { return kPlacement.contains(f); });
        (moved ? diff.moved : diff.changed).append(e);
    }
    for (const QJsonValue &v : before) {
        const QJsonObject b = v.toObject();
        if (!now.contains(b[u"id"_s].toString()))
            diff.removed.append(
                {QUuid::fromString(b[u"id"_s].toString()), b[u"title"_s].toString(), b, {}, {}});
    }
    return diff;
}

QJsonObject ReleaseDiff::toJson() const
{
    return {{u"added"_s, entries(added)},
            {u"removed"_s, entries(removed)},
            {u"moved"_s, entries(moved)},
            {u"changed"_s, entries(changed)}};
}

} // namespace EventDesk
