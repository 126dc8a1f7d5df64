#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

std::optional<QString> strictDecode(const QByteArray &bytes, const char *name)
{
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool looksBinary(const QString &text)
{
    qsizetype control = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            ++control;
    }
    return control > 0 && control * 100 > text.size(); // more than 1 % control characters
}

// Bytes that decode as GB18030 may still be Windows-1252: "Müller" is 4D FC 6C 6C 65 72, and FC 6C is a valid
// GBK pair. Chinese text is mostly GB2312 characters, whose two bytes are both at least 0xA1; Latin text has
// isolated high bytes followed by ASCII. So GB18030 wins only when most multi-byte sequences look like
// GB2312.
bool looksLikeGb(const QByteArray &bytes)
{
    qsizetype sequences = 0, gbLike = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x81 || i + 1 >= bytes.size()) {
            ++i;
            continue;
        }
        const auto next = static_cast<unsigned char>(bytes[i + 1]);
        ++sequences;
        if (next >= 0x30 && next <= 0x39) { // four-byte GB18030 sequence
            ++gbLike;
            i += 4;
            continue;
        }
        if (b >= 0xA1 && next >= 0xA1)
            ++gbLike;
        i += 2;
    }
    return sequences > 0 && gbLike * 2 >= sequences;
}

} // namespace

QStringList TextDecoder::knownEncodings()
{
    return {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"GB18030"_s, u"GBK"_s, u"windows-1252"_s};
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    DecodedText out;
    if (bytes.isEmpty())
        return Error{ErrorCode::Validation, tr("The file is empty."), {}};
    if (!forcedEncoding.isEmpty()) {
        const QByteArray name = forcedEncoding.toLatin1();
        QStringDecoder decoder(name.constData());
        if (!decoder.isValid())
            return Error{
                ErrorCode::Usage, tr("\"%1\" is not an encoding this system knows.").arg(forcedEncoding), {}};
        out.text = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{ErrorCode::Validation, tr("The file is not valid %1 text.").arg(forcedEncoding), {}};
        out.encoding = forcedEncoding;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        auto text = strictDecode(bytes.mid(3), "UTF-8");
        if (!text)
            return Error{ErrorCode::Validation, tr("The file starts like UTF-8 but is not valid UTF-8."), {}};
        out = {*text, u"UTF-8 (BOM)"_s};
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        auto text = strictDecode(bytes.mid(2), le ? "UTF-16LE" : "UTF-16BE");
        if (!text)
            return Error{
                ErrorCode::Validation, tr("The file starts like UTF-16 but is not valid UTF-16."), {}};
        out = {*text, le ? u"UTF-16LE"_s : u"UTF-16BE"_s};
    } else {
        // UTF-16 without BOM: ASCII text has a zero in every other byte.
        qsizetype evenZeros = 0, oddZeros = 0;
        const qsizetype probe = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
        for (qsizetype i = 0; i < probe; ++i)
            if (bytes[i] == 0)
                (i % 2 ? oddZeros : evenZeros)++;
        if (probe >= 4 && oddZeros > probe / 4 && evenZeros == 0) {
            if (auto text = strictDecode(bytes, "UTF-16LE"))
                out = {*text, u"UTF-16LE"_s};
        } else if (probe >= 4 && evenZeros > probe / 4 && oddZeros == 0) {
            if (auto text = strictDecode(bytes, "UTF-16BE"))
                out = {*text, u"UTF-16BE"_s};
        }
        if (out.encoding.isEmpty()) {
            if (bytes.contains('\0'))
                return Error{
                    ErrorCode::Validation, tr("The file is not a text file (it contains binary data)."), {}};
            if (auto text = strictDecode(bytes, "UTF-8"))
                out = {*text, u"UTF-8"_s};
            else if (auto gb = strictDecode(bytes, "GB18030"); gb && looksLikeGb(bytes))
                out = {*gb, u"GB18030"_s};
            else if (auto latin = strictDecode(bytes, "windows-1252"))
                out = {*latin, u"windows-1252"_s};
            else
                return Error{ErrorCode::Validation, tr("The file's encoding could not be recognised."), {}};
        }
    }
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    if (looksBinary(out.text))
        return Error{ErrorCode::Validation, tr("The file is not a text file (it contains binary data)."), {}};
    return out;
}

} // namespace EventDesk
