#include "recordindex.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

void RecordIndex::add(const QString &kind, const QUuid &id, const QString &label)
{
    m_entries.append({kind, id, label});
}

QString RecordIndex::shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

RecordIndex::Resolution RecordIndex::resolve(const QString &kind, const QString &idOrPrefix) const
{
    QString text = idOrPrefix.trimmed().toLower();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    if (text.size() < 4)
        return {};
    Resolution found;
    for (const Entry &e : m_entries) {
        if (e.kind != kind || !e.id.toString(QUuid::WithoutBraces).startsWith(text))
            continue;
        if (found.match == Match::Found && found.entry.id != e.id)
            return {Match::Ambiguous, {}};
        found = {Match::Found, e};
    }
    return found;
}

} // namespace EventDesk
