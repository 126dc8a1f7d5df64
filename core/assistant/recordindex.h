#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace EventDesk
{

// The records an assistant request lets the model cite, each with its kind ("event", "session", "room",
// "ticket", "participant", "speaker", "track"), id and label. Resolves what the model answers (a full id,
// or a prefix of at least four hex digits unique among that kind's records) back to the record.
class RecordIndex
{
public:
    struct Entry {
        QString kind;
        QUuid id;
        QString label;
    };
    enum class Match { Found, Unknown, Ambiguous };
    struct Resolution {
        Match match = Match::Unknown;
        Entry entry; // when found
    };

    void add(const QString &kind, const QUuid &id, const QString &label);
    Resolution resolve(const QString &kind, const QString &idOrPrefix) const;
    const QList<Entry> &entries() const { return m_entries; }
    // The short form shown to the model: the first eight hex digits.
    static QString shortId(const QUuid &id);

private:
    QList<Entry> m_entries;
};

} // namespace EventDesk
