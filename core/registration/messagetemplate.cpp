#include "messagetemplate.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

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

QByteArray encodedWord(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() > 126 || c.unicode() < 32)
            ascii = false;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    int lineLength = 0;
    auto put = [&](const QByteArray &chunk) {
        if (lineLength + chunk.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += chunk;
        lineLength += int(chunk.size());
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c == '\n') {
            out += "\r\n";
            lineLength = 0;
        } else if (c == '\r') {
            continue;
        } else if ((c >= 33 && c <= 126 && c != '=') || c == ' ') {
            put(QByteArray(1, char(c)));
        } else {
            put("=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
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
        {u"id"_s, p.meta.id.toString(QUuid::WithoutBraces)},
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
        out += "From: " + encodedWord(from) + "\r\n";
    out += "To: " + m.to.toUtf8() + "\r\n";
    out += "Subject: " + encodedWord(m.subject) + "\r\n";
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
        QSaveFile file(path);
        const QByteArray bytes = toEml(messages.at(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{
                ErrorCode::Io,
                tr("%1 could not be saved: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                {}};
        files.append(path);
    }
    return files;
}

} // namespace EventDesk
