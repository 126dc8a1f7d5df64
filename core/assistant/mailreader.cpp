#include "mailreader.h"

#include "registration/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

constexpr int kMaxDepth = 12; // nested multiparts

struct Entity {
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values unfolded
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n == name)
                return v;
        return {};
    }
};

bool isFieldNameLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c <= 32 || c >= 127)
            return false;
    }
    return true;
}

// Headers up to the first empty line, then the body. Text with CRLF line ends must be normalised first.
Entity splitEntity(const QByteArray &raw)
{
    Entity e;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = raw.size();
        const QByteArray line = raw.mid(pos, end - pos);
        if (line.trimmed().isEmpty()) {
            pos = end + 1;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !e.headers.isEmpty()) {
            e.headers.last().second += ' ' + line.trimmed();
        } else if (isFieldNameLine(line)) {
            const qsizetype colon = line.indexOf(':');
            e.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        } else { // not a header: what follows is body
            break;
        }
        pos = end + 1;
    }
    e.body = pos < raw.size() ? raw.mid(pos) : QByteArray();
    return e;
}

// "text/plain; charset="utf-8"" -> the lower-case type and the parameters (names in lower case).
QByteArray mainValue(const QByteArray &value)
{
    const qsizetype semi = value.indexOf(';');
    return (semi < 0 ? value : value.left(semi)).trimmed().toLower();
}

QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    qsizetype pos = value.indexOf(';');
    while (pos >= 0 && pos < value.size()) {
        ++pos;
        // name=value or name="value"
        qsizetype eq = value.indexOf('=', pos);
        if (eq < 0)
            return {};
        const QByteArray key = value.mid(pos, eq - pos).trimmed().toLower();
        qsizetype vstart = eq + 1;
        while (vstart < value.size() && (value[vstart] == ' ' || value[vstart] == '\t'))
            ++vstart;
        QByteArray v;
        qsizetype next;
        if (vstart < value.size() && value[vstart] == '"') {
            qsizetype close = vstart + 1;
            while (close < value.size() && value[close] != '"') {
                if (value[close] == '\\' && close + 1 < value.size())
                    ++close;
                v += value[close];
                ++close;
            }
            next = value.indexOf(';', close);
        } else {
            next = value.indexOf(';', vstart);
            v = value.mid(vstart, next < 0 ? -1 : next - vstart).trimmed();
        }
        if (key == name)
            return v;
        pos = next;
    }
    return {};
}

QByteArray charsetAlias(QByteArray charset)
{
    charset = charset.trimmed().toLower();
    if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 language suffix
        charset.truncate(star);
    // Mail labelled GB2312 is often GBK; GB18030 decodes both.
    if (charset == "gb2312" || charset == "gbk" || charset == "x-gbk" || charset == "cp936" ||
        charset == "euc-cn" || charset == "x-euc-cn" || charset == "hz-gb-2312")
        return charset == "hz-gb-2312" ? charset : QByteArray("GB18030");
    if (charset == "utf8")
        return "UTF-8";
    return charset;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Bytes in an unknown encoding: the project's detection (UTF-8, GB18030, windows-1252).
std::optional<QString> detected(const QByteArray &bytes)
{
    auto d = TextDecoder::decode(bytes);
    if (d)
        return d.value().text;
    return std::nullopt;
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &declared, QStringList *warnings)
{
    if (bytes.isEmpty())
        return {};
    const QByteArray charset = charsetAlias(declared);
    if (charset.isEmpty() || charset == "us-ascii" || charset == "ascii") {
        if (isAscii(bytes))
            return QString::fromLatin1(bytes);
        if (auto text = detected(bytes))
            return *text;
    } else {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
            if (auto other = detected(bytes)) {
                if (warnings)
                    warnings->append(MailReader::tr("Part of the message is not valid %1 as it says; it was "
                                                    "read in the encoding it seems to have.")
                                         .arg(QString::fromLatin1(declared)));
                return *other;
            }
            if (warnings)
                warnings->append(
                    MailReader::tr(
                        "Some bytes of the message could not be decoded as %1; they are shown as �.")
                        .arg(QString::fromLatin1(declared)));
            return text;
        }
        if (auto other = detected(bytes)) {
            if (warnings)
                warnings->append(
                    MailReader::tr("The message's encoding \"%1\" is unknown; it was read in the encoding it "
                                   "seems to have.")
                        .arg(QString::fromLatin1(declared)));
            return *other;
        }
    }
    if (warnings)
        warnings->append(
            MailReader::tr("Some bytes of the message could not be decoded; they are shown as �."));
    return QString::fromUtf8(bytes);
}

QByteArray decodeQ(const QByteArray &in) // the Q encoding of RFC 2047
{
    QByteArray spaced = in;
    spaced.replace('_', ' ');
    return MailReader::decodeQuotedPrintable(spaced);
}

QByteArray decodeTransfer(const QByteArray &body, const QByteArray &encoding, QStringList *warnings)
{
    const QByteArray enc = encoding.trimmed().toLower();
    if (enc == "quoted-printable")
        return MailReader::decodeQuotedPrintable(body);
    if (enc == "base64") {
        QByteArray compact;
        compact.reserve(body.size());
        for (char c : body)
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
                compact += c;
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
        if (warnings)
            warnings->append(
                MailReader::tr("The message's base64 text is damaged; what could be read is shown."));
        return QByteArray::fromBase64(compact);
    }
    return body;
}

struct Found {
    std::optional<QString> plain;
    std::optional<QString> html;
};

void collect(const Entity &e, Found &found, QStringList *warnings, int depth)
{
    if (depth > kMaxDepth)
        return;
    const QByteArray contentType = e.header("content-type");
    const QByteArray type = contentType.isEmpty() ? QByteArray("text/plain") : mainValue(contentType);
    if (mainValue(e.header("content-disposition")) == "attachment")
        return;
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return;
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = 0;
        qsizetype partStart = -1;
        const QByteArray &body = e.body;
        while (pos <= body.size()) {
            qsizetype end = body.indexOf('\n', pos);
            if (end < 0)
                end = body.size();
            const QByteArray line = body.mid(pos, end - pos).trimmed();
            if (line.startsWith(delimiter)) {
                if (partStart >= 0) {
                    // The line break before the delimiter belongs to it.
                    const qsizetype partEnd = qMax(partStart, pos - 1);
                    collect(splitEntity(body.mid(partStart, partEnd - partStart)), found, warnings,
                            depth + 1);
                }
                if (line == delimiter + "--")
                    return;
                partStart = end + 1;
            }
            pos = end + 1;
        }
        if (partStart >= 0 && partStart < body.size()) // no closing delimiter
            collect(splitEntity(body.mid(partStart)), found, warnings, depth + 1);
        return;
    }
    if (type == "message/rfc822") {
        collect(splitEntity(decodeTransfer(e.body, e.header("content-transfer-encoding"), warnings)), found,
                warnings, depth + 1);
        return;
    }
    const bool plain = type == "text/plain";
    const bool html = type == "text/html";
    if ((plain && found.plain) || (html && found.html) || (!plain && !html))
        return;
    const QByteArray bytes = decodeTransfer(e.body, e.header("content-transfer-encoding"), warnings);
    const QString text = decodeCharset(bytes, parameter(contentType, "charset"), warnings);
    if (plain)
        found.plain = text;
    else
        found.html = text;
}

bool looksLikeMessage(const QByteArray &bytes)
{
    const Entity e = splitEntity(bytes.left(64 * 1024));
    if (e.headers.isEmpty())
        return false;
    static const QList<QByteArray> known{"from",       "to",           "subject",      "date",
                                         "message-id", "received",     "mime-version", "return-path",
                                         "reply-to",   "delivered-to", "content-type", "cc"};
    for (const auto &header : e.headers)
        if (known.contains(header.first))
            return true;
    return false;
}

bool startsMbox(const QByteArray &bytes)
{
    return bytes.startsWith("From ");
}

// The messages of an mbox: each starts with a "From " line at the start or after an empty line.
QList<QByteArray> splitMbox(const QByteArray &bytes)
{
    QList<QByteArray> messages;
    qsizetype pos = 0;
    qsizetype start = -1;
    bool previousEmpty = true;
    auto finish = [&](qsizetype end) {
        if (start < 0)
            return;
        QByteArray message = bytes.mid(start, end - start);
        // mboxrd: ">From " lines (and ">>From " …) lose one '>'.
        if (message.contains(">From ")) {
            QByteArray unquoted;
            unquoted.reserve(message.size());
            qsizetype p = 0;
            while (p < message.size()) {
                qsizetype e = message.indexOf('\n', p);
                if (e < 0)
                    e = message.size() - 1;
                qsizetype q = p;
                while (q < message.size() && message[q] == '>')
                    ++q;
                if (q > p && message.mid(q, 5) == "From ")
                    unquoted += message.mid(p + 1, e - p);
                else
                    unquoted += message.mid(p, e - p + 1);
                p = e + 1;
            }
            message = unquoted;
        }
        messages.append(message);
    };
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        if (previousEmpty && bytes.mid(pos, 5) == "From ") {
            finish(pos);
            start = end + 1;
        }
        previousEmpty = end == pos;
        pos = end + 1;
    }
    finish(bytes.size());
    return messages;
}

qsizetype countMbox(const QByteArray &bytes)
{
    qsizetype n = 0;
    qsizetype pos = 0;
    bool previousEmpty = true;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        if (previousEmpty && bytes.mid(pos, 5) == "From ")
            ++n;
        previousEmpty = end == pos;
        pos = end + 1;
    }
    return n;
}

QString tooMany(qsizetype count)
{
    return MailReader::tr("That is %1 messages; pre-fill reads at most %2 at a time, so split the mailbox or "
                          "pick fewer files.")
        .arg(count)
        .arg(MailReader::kMaxMessages);
}

} // namespace

QString MailMessage::text() const
{
    QStringList head;
    if (!from.isEmpty())
        head.append(u"From: "_s + from);
    if (!to.isEmpty())
        head.append(u"To: "_s + to);
    if (!subject.isEmpty())
        head.append(u"Subject: "_s + subject);
    if (!date.isEmpty())
        head.append(u"Date: "_s + date);
    if (head.isEmpty())
        return body;
    return head.join(u'\n') + u"\n\n"_s + body;
}

QByteArray MailReader::decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && in[i + 1] == '\n') { // soft line break
            ++i;
            continue;
        }
        if (i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
            out += char(hex(in[i + 1]) * 16 + hex(in[i + 2]));
            i += 2;
            continue;
        }
        out += c; // a stray '=' stays
    }
    return out;
}

QString MailReader::decodeHeader(QByteArrayView raw)
{
    static const QRegularExpression word(u"=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="_s);
    // Matching runs on a Latin-1 view, so positions are byte offsets.
    const QString latin = QString::fromLatin1(raw);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray gap = raw.sliced(last, m.capturedStart() - last).toByteArray();
        if (!(previousWasWord && gap.trimmed().isEmpty())) // white space between encoded words goes
            out += decodeCharset(gap, {}, nullptr);
        const QByteArray charset = m.captured(1).toLatin1();
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(u"B"_s, Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(payload)
                                     : decodeQ(payload);
        out += decodeCharset(bytes, charset, nullptr);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += decodeCharset(raw.sliced(last).toByteArray(), {}, nullptr);
    return out.simplified();
}

QString MailReader::htmlToText(const QString &html)
{
    static const QRegularExpression dropped(u"<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreaks(
        u"<br\\s*/?>|</(p|div|tr|li|h[1-6]|table|blockquote|ul|ol)\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(u"</t[dh]\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression entity(u"&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);"_s);
    static const QRegularExpression spaces(u"[ \\t\\x{00A0}]+"_s);
    QString s = html;
    s.replace(u'\r', QString());
    s.replace(u'\n', u' ');
    s.remove(dropped);
    s.replace(lineBreaks, u"\n"_s);
    s.replace(cells, u" "_s);
    s.remove(tags);
    QString decoded;
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        decoded += QStringView(s).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value;
        if (name.startsWith(u'#')) {
            const bool hex = name.startsWith(u"#x"_s, Qt::CaseInsensitive);
            const char32_t code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            value = QString::fromUcs4(&code, 1);
        } else if (name == u"amp")
            value = u"&"_s;
        else if (name == u"lt")
            value = u"<"_s;
        else if (name == u"gt")
            value = u">"_s;
        else if (name == u"quot")
            value = u"\""_s;
        else if (name == u"apos")
            value = u"'"_s;
        else if (name == u"nbsp")
            value = u" "_s;
        else
            value = m.captured();
        decoded += value;
        last = m.capturedEnd();
    }
    decoded += QStringView(s).mid(last);
    QStringList lines;
    bool blank = false;
    for (QString line : decoded.split(u'\n')) {
        line = line.replace(spaces, u" "_s).trimmed();
        if (line.isEmpty()) {
            if (!lines.isEmpty())
                blank = true;
            continue;
        }
        if (blank)
            lines.append(QString());
        blank = false;
        lines.append(line);
    }
    return lines.join(u'\n');
}

MailMessage MailReader::parseMessage(QByteArrayView raw)
{
    QByteArray bytes = raw.toByteArray();
    bytes.replace("\r\n", "\n");
    const Entity e = splitEntity(bytes);
    MailMessage m;
    m.from = decodeHeader(e.header("from"));
    m.to = decodeHeader(e.header("to"));
    m.subject = decodeHeader(e.header("subject"));
    m.date = decodeHeader(e.header("date"));
    Found found;
    collect(e, found, &m.warnings, 0);
    if (found.plain)
        m.body = found.plain->trimmed();
    else if (found.html)
        m.body = htmlToText(*found.html);
    else
        m.warnings.append(tr("The message has no readable text."));
    m.body.replace(u"\r\n"_s, u"\n"_s);
    if (m.body.size() > kMaxBodyChars) {
        m.body.truncate(kMaxBodyChars);
        m.warnings.append(
            tr("The message is longer than %1 characters; only its start is read.").arg(kMaxBodyChars));
    }
    return m;
}

Result<QList<MailMessage>> MailReader::readBytes(QByteArrayView view, const QString &name)
{
    QByteArray bytes = view.toByteArray();
    if (bytes.trimmed().isEmpty())
        return Error{ErrorCode::Validation, tr("%1 is empty.").arg(name), {}};
    const QString notMessage = tr("%1 is not an e-mail message or mailbox (.eml or mbox).").arg(name);
    if (bytes.contains('\0'))
        return Error{ErrorCode::Validation, notMessage, {}};
    bytes.replace("\r\n", "\n");
    QList<QByteArray> raws;
    const bool mbox = startsMbox(bytes);
    if (mbox) {
        if (const qsizetype n = countMbox(bytes); n > kMaxMessages)
            return Error{ErrorCode::Validation,
                         tr("%1 holds %2 messages; pre-fill reads at most %3 at a time, so "
                            "split the mailbox.")
                             .arg(name)
                             .arg(n)
                             .arg(kMaxMessages),
                         {}};
        raws = splitMbox(bytes);
        if (raws.isEmpty() || !looksLikeMessage(raws.first()))
            return Error{ErrorCode::Validation, notMessage, {}};
    } else {
        if (!looksLikeMessage(bytes))
            return Error{ErrorCode::Validation, notMessage, {}};
        raws.append(bytes);
    }
    QList<MailMessage> messages;
    for (qsizetype i = 0; i < raws.size(); ++i) {
        if (raws.at(i).trimmed().isEmpty())
            continue;
        MailMessage m = parseMessage(raws.at(i));
        m.source = mbox && raws.size() > 1 ? tr("%1, message %2").arg(name).arg(i + 1) : name;
        messages.append(std::move(m));
    }
    return messages;
}

Result<QList<MailMessage>> MailReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("%1 does not exist.").arg(path), {}};
    if (info.size() > kMaxFileBytes)
        return Error{ErrorCode::Validation,
                     tr("%1 is %2 MB; pre-fill reads files of at most %3 MB.")
                         .arg(name)
                         .arg(info.size() >> 20)
                         .arg(kMaxFileBytes >> 20),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("%1 could not be read: %2").arg(name, file.errorString()), {}};
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    return readBytes(bytes, name);
}

Result<QList<MailMessage>> MailReader::readPasted(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::Validation, tr("The pasted text is empty."), {}};
    const QByteArray bytes = text.toUtf8();
    const QByteArray normalised = QByteArray(bytes).replace("\r\n", "\n");
    if ((startsMbox(normalised) && looksLikeMessage(splitMbox(normalised).value(0))) ||
        looksLikeMessage(normalised))
        return readBytes(bytes, tr("pasted text"));
    MailMessage m;
    m.source = tr("pasted text");
    m.body = text.trimmed();
    m.body.replace(u"\r\n"_s, u"\n"_s);
    if (m.body.size() > kMaxBodyChars) {
        m.body.truncate(kMaxBodyChars);
        m.warnings.append(
            tr("The message is longer than %1 characters; only its start is read.").arg(kMaxBodyChars));
    }
    return QList<MailMessage>{m};
}

Result<QList<MailMessage>> MailReader::read(const QStringList &paths, const QString &pasted)
{
    QList<MailMessage> all;
    if (!pasted.trimmed().isEmpty()) {
        auto messages = readPasted(pasted);
        if (!messages)
            return messages.error();
        all += messages.value();
    }
    for (const QString &path : paths) {
        auto messages = readFile(path);
        if (!messages)
            return messages.error();
        all += messages.value();
        if (all.size() > kMaxMessages)
            return Error{ErrorCode::Validation, tooMany(all.size()), {}};
    }
    if (all.isEmpty())
        return Error{ErrorCode::Validation, tr("Paste a message or add .eml or mbox files first."), {}};
    return all;
}

} // namespace EventDesk
