#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace EventDesk
{

// Short ids for a language model: the shortest prefix of each id's text (at least kMinLength characters,
// never ending on a dash) that no other id of the set starts with. Given the workspace's live records of
// one kind, every prefix resolves through EventStore::resolveId. Deterministic for a given set.
class ShortIds
{
public:
    static constexpr int kMinLength = 8;

    static QHash<QUuid, QString> of(const QList<QUuid> &ids);
    static QString full(const QUuid &id); // the id's text, lower case without braces
};

} // namespace EventDesk
