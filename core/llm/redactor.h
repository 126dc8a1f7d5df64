#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace EventDesk
{

// Replaces emails, phone numbers and (when given) personal names with stable placeholders such as
// [EMAIL_1] before text leaves the machine, and puts the originals back into the answer. The same value
// always gets the same placeholder within one Redactor.
class Redactor
{
public:
    void setNames(const QStringList &names) { m_names = names; }
    QString redact(const QString &text);
    QString restore(const QString &text) const;
    // For streams: restores what can be restored and keeps back a trailing "[..." that may be the start of
    // a placeholder split across chunks; call with final = true on the last chunk.
    QString restoreStreaming(const QString &chunk, bool final);
    qsizetype placeholderCount() const { return m_byPlaceholder.size(); }

private:
    QString placeholderFor(const QString &kind, const QString &value);

    QStringList m_names;
    QHash<QString, QString> m_byValue;
    QHash<QString, QString> m_byPlaceholder;
    QHash<QString, int> m_counters;
    QString m_pending;
};

} // namespace EventDesk
