#include "messagetemplate.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    for (auto it = MessageTemplate::placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto found = values.constFind(m.captured(1));
        out += found != values.constEnd() ? *found : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// One header field, "Name: value\r\n". Text that is not plain printable ASCII becomes RFC 2047 encoded-words
// of whole characters, none longer than 75 characters, one per folded line (a decoder drops the folding white
// space between adjacent encoded-words). Plain text is folded at spaces to keep lines within 78 characters.
QByteArray headerField(const QByteArray &name, const QString &text)
{
    const QByteArray lead = name + ": ";
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](QChar c) { return c.unicode() >= 32 && c.unicode() <= 126; });
    if (ascii && !text.contains(u"=?"_s)) {
        QByteArray out = lead;
        qsizetype lineLength = out.size();
        const QList<QByteArray> words = text.toLatin1().split(' ');
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray &w = words.at(i);
            if (i > 0) {
                if (lineLength + 1 + w.size() > 78 && lineLength > lead.size()) {
                    out += "\r\n";
                    lineLength = 0;
                }
                out += ' ';
                ++lineLength;
            }
            out += w;
            lineLength += w.size();
        }
        return out + "\r\n";
    }
    // "=?UTF-8?B?" + base64 + "?=" is 12 + 4 * ceil(bytes / 3) characters: 39 bytes make 64, so that even
    // the first line ("Subject: " + word) stays within 76 characters, as RFC 2047 asks.
    constexpr qsizetype maxBytes = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, n).toUtf8();
        i += n - 1;
        if (chunk.size() + bytes.size() > maxBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append(chunk);
    QByteArray out = lead;
    for (qsizetype i = 0; i < words.size(); ++i)
        out += QByteArray(i > 0 ? "\r\n " : "") + "=?UTF-8?B?" + words.at(i).toBase64() + "?=";
    return out + "\r\n";
}

// Quoted-printable (RFC 2045 6.7) with CRLF line breaks and lines of at most 76 characters. White space at
// the end of a line is encoded (=20, =09) so that transports that strip trailing white space keep it.
QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    const QList<QByteArray> lines = in.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        line.replace('\r', QByteArray());
        if (l > 0)
            out += "\r\n";
        int lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            const QByteArray chunk = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !last)
                                         ? QByteArray(1, char(c))
                                         : "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // A soft break ("=" at the end) leaves room for the 76th character; the one before it must not be
            // white space either, which the "=" after it guarantees.
            if (lineLength + chunk.size() > 75) {
                out += "=\r\n";
                lineLength = 0;
            }
            out += chunk;
            lineLength += int(chunk.size());
        }
    }
    return out;
}
} // namespace

RenderedMessage MessageRenderer::render(const MessageTemplate &t, const Participant &p, const Event &event,
                                        const QString &ticketName)
{
    const QHash<QString, QString> values{
        {u"name"_s, p.name},
        {u"email"_s, p.email},
        {u"organisation"_s, p.organisation},
        {u"status"_s, participantStatusDisplayName(p.status)},
        // No ticket type or no venue yet: words that still read well in a sentence, not empty brackets.
        {u"ticket"_s, ticketName.trimmed().isEmpty() ? tr("general admission") : ticketName},
        {u"event"_s, event.name},
        {u"venue"_s, event.venueName.trimmed().isEmpty() ? tr("the venue") : event.venueName},
        {u"start"_s, event.startDate.toString(Qt::ISODate)},
        {u"id"_s, registrationReference(p.meta.id)}, // readable, and found by the search
    };
    return {p.email, fill(t.subject, values), fill(t.body, values)};
}

Participant MessageRenderer::sampleParticipant(const QUuid &eventId)
{
    Participant p;
    p.eventId = eventId;
    p.meta.id = QUuid(0x01234567, 0x89ab, 0x7def, 0x80, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde);
    p.name = tr("Alex Example");
    p.email = u"alex@example.org"_s;
    p.organisation = tr("Example Ltd.");
    p.status = ParticipantStatus::Confirmed;
    return p;
}

QByteArray MessageRenderer::toEml(const RenderedMessage &m, const QString &from)
{
    QByteArray out;
    if (!from.isEmpty())
        out += headerField("From", from);
    out += "To: " + m.to.toUtf8() + "\r\n";
    out += headerField("Subject", m.subject);
    out += "X-Unsent: 1\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += quotedPrintable(m.body.toUtf8());
    out += "\r\n";
    return out;
}

QUrl MessageRenderer::mailtoUrl(const RenderedMessage &m)
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(m.to);
    QUrlQuery query;
    query.addQueryItem(u"subject"_s, QString::fromLatin1(QUrl::toPercentEncoding(m.subject)));
    query.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(m.body)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

Result<QStringList> MessageRenderer::writeEmlFiles(const QString &folder,
                                                   const QList<RenderedMessage> &messages)
{
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return Error{
            ErrorCode::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)), {}};
    QStringList files;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._@-]"_s);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QString base = messages.at(i).to;
        base.replace(unsafe, u"_"_s);
        const QString path = dir.filePath(u"%1-%2.eml"_s.arg(i + 1, 4, 10, QChar(u'0')).arg(base));
        if (auto written = writeEmlFile(path, messages.at(i)); !written)
            return written.error();
        files.append(path);
    }
    return files;
}

Result<void> MessageRenderer::writeEmlFile(const QString &path, const RenderedMessage &message)
{
    QSaveFile file(path);
    const QByteArray bytes = toEml(message);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io,
                     tr("%1 could not be saved: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return {};
}

} // namespace EventDesk
