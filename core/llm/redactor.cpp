#include "redactor.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString Redactor::placeholderFor(const QString &kind, const QString &value)
{
    const QString key = kind + u':' + value;
    auto it = m_byValue.constFind(key);
    if (it != m_byValue.constEnd())
        return it.value();
    const QString ph = u"[%1_%2]"_s.arg(kind).arg(++m_counters[kind]);
    m_byValue.insert(key, ph);
    m_byPlaceholder.insert(ph, value);
    return ph;
}

QString Redactor::redact(const QString &text)
{
    static const QRegularExpression email(u"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"_s);
    // International or local numbers with at least 7 digits, allowing spaces, dots, dashes and brackets.
    static const QRegularExpression phone(u"(?<![\\w@])\\+?\\(?\\d[\\d \\-.()/]{5,}\\d(?![\\w@])"_s);
    QString out = text;
    auto replaceAll = [&](const QRegularExpression &re, const QString &kind, int minDigits) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString value = m.captured();
            if (minDigits > 0) {
                const auto digits =
                    std::count_if(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
                // Dates and times (2026-05-04, 09:30) have fewer or are shaped differently.
                static const QRegularExpression dateLike(u"^\\d{4}-\\d{2}-\\d{2}"_s);
                if (digits < minDigits || dateLike.match(value).hasMatch())
                    continue;
            }
            result += QStringView(out).mid(last, m.capturedStart() - last);
            result += placeholderFor(kind, value);
            last = m.capturedEnd();
        }
        result += QStringView(out).mid(last);
        out = result;
    };
    replaceAll(email, u"EMAIL"_s, 0);
    replaceAll(phone, u"PHONE"_s, 7);
    QStringList names = m_names;
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().size() < 2 || !out.contains(name))
            continue;
        out.replace(name, placeholderFor(u"NAME"_s, name));
    }
    return out;
}

QString Redactor::restore(const QString &text) const
{
    static const QRegularExpression ph(u"\\[(?:EMAIL|PHONE|NAME)_\\d+\\]"_s);
    QString result;
    qsizetype last = 0;
    auto it = ph.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(text).mid(last, m.capturedStart() - last);
        result += m_byPlaceholder.value(m.captured(), m.captured());
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QString Redactor::restoreStreaming(const QString &chunk, bool final)
{
    QString text = m_pending + chunk;
    m_pending.clear();
    if (!final) {
        const qsizetype open = text.lastIndexOf(u'[');
        if (open >= 0 && !text.mid(open).contains(u']') && text.size() - open < 16) {
            m_pending = text.mid(open);
            text.truncate(open);
        }
    }
    return restore(text);
}

} // namespace EventDesk
