#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

constexpr qsizetype kPiece = 1 << 20;

bool isUtf16(const QByteArray &name)
{
    return name.toUpper().startsWith("UTF-16") || name.toUpper().startsWith("UTF16");
}

// Calls f with pieces of about kPiece bytes that each decode alone exactly as inside the whole: in 8-bit
// encodings (UTF-8, GB18030, windows-1252 …) a '\n' byte is never part of another character, so pieces end
// after one; UTF-16 pieces end at an even offset that does not split a surrogate pair; other multi-byte
// encodings (UTF-32) go in one piece. Stops when f returns false; returns whether it went through.
template <typename F> bool forEachPiece(QByteArrayView bytes, const QByteArray &encoding, F f)
{
    const QByteArray upper = encoding.toUpper();
    const bool utf16 = isUtf16(encoding);
    const bool bigEndian = upper.contains("BE");
    const bool whole = !utf16 && upper.contains("32");
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = whole ? bytes.size() : std::min(bytes.size(), start + kPiece);
        if (end < bytes.size()) {
            if (utf16) {
                end = start + ((end - start) & ~qsizetype(1));
                const auto high = static_cast<unsigned char>(bytes[bigEndian ? end - 2 : end - 1]);
                if ((high & 0xFC) == 0xD8)
                    end -= 2;
            } else {
                qsizetype cut = end;
                while (cut > start && bytes[cut - 1] != '\n')
                    --cut;
                if (cut == start) { // a line over a megabyte: up to its end
                    const qsizetype nl = bytes.indexOf('\n', end);
                    cut = nl < 0 ? bytes.size() : nl + 1;
                }
                end = cut;
            }
        }
        if (!f(bytes.sliced(start, end - start)))
            return false;
        start = end;
    }
    return true;
}

// Decodes one piece; a BOM inside the text is kept (only the file's first is dropped, by the caller).
QString decodePiece(QByteArrayView piece, const QByteArray &encoding, bool *error)
{
    QStringDecoder decoder(encoding.constData(),
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(piece);
    *error = decoder.hasError();
    return text;
}

// Whether bytes are valid text in encoding, decoded piece by piece and thrown away.
bool isValid(QByteArrayView bytes, const char *encoding)
{
    return forEachPiece(bytes, encoding, [&](QByteArrayView piece) {
        bool error = false;
        decodePiece(piece, encoding, &error);
        return !error;
    });
}

// How a label of DecodedText::encoding is decoded.
QByteArray decoderName(const QString &encoding)
{
    return encoding == u"UTF-8 (BOM)" ? QByteArray("UTF-8") : encoding.toLatin1();
}

// Bytes that decode as GB18030 may still be Windows-1252: "Müller" is 4D FC 6C 6C 65 72, and FC 6C is a valid
// GBK pair. Chinese text is mostly GB2312 characters, whose two bytes are both at least 0xA1; Latin text has
// isolated high bytes followed by ASCII. So GB18030 wins only when most multi-byte sequences look like
// GB2312.
bool looksLikeGb(QByteArrayView bytes)
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

Result<QString> TextDecoder::detect(QByteArrayView bytes, const QString &forcedEncoding)
{
    if (bytes.isEmpty())
        return Error{ErrorCode::Validation, tr("The file is empty."), {}};
    if (!forcedEncoding.isEmpty()) {
        const QByteArray name = forcedEncoding.toLatin1();
        if (!QStringDecoder(name.constData()).isValid())
            return Error{
                ErrorCode::Usage, tr("\"%1\" is not an encoding this system knows.").arg(forcedEncoding), {}};
        if (!isValid(bytes, name.constData()))
            return Error{ErrorCode::Validation, tr("The file is not valid %1 text.").arg(forcedEncoding), {}};
        return forcedEncoding;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (!isValid(bytes, "UTF-8"))
            return Error{ErrorCode::Validation, tr("The file starts like UTF-8 but is not valid UTF-8."), {}};
        return u"UTF-8 (BOM)"_s;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (!isValid(bytes, le ? "UTF-16LE" : "UTF-16BE"))
            return Error{
                ErrorCode::Validation, tr("The file starts like UTF-16 but is not valid UTF-16."), {}};
        return le ? u"UTF-16LE"_s : u"UTF-16BE"_s;
    }
    // UTF-16 without BOM: ASCII text has a zero in every other byte.
    qsizetype evenZeros = 0, oddZeros = 0;
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    for (qsizetype i = 0; i < probe; ++i)
        if (bytes[i] == 0)
            (i % 2 ? oddZeros : evenZeros)++;
    if (probe >= 4 && oddZeros > probe / 4 && evenZeros == 0 && isValid(bytes, "UTF-16LE"))
        return u"UTF-16LE"_s;
    if (probe >= 4 && evenZeros > probe / 4 && oddZeros == 0 && isValid(bytes, "UTF-16BE"))
        return u"UTF-16BE"_s;
    if (bytes.contains('\0'))
        return Error{ErrorCode::Validation, tr("The file is not a text file (it contains binary data)."), {}};
    if (isValid(bytes, "UTF-8"))
        return u"UTF-8"_s;
    if (isValid(bytes, "GB18030") && looksLikeGb(bytes))
        return u"GB18030"_s;
    if (isValid(bytes, "windows-1252"))
        return u"windows-1252"_s;
    return Error{ErrorCode::Validation, tr("The file's encoding could not be recognised."), {}};
}

Result<void> TextDecoder::decodeInPieces(QByteArrayView bytes, const QString &encoding,
                                         const std::function<Result<void>(QStringView)> &sink)
{
    const QByteArray name = decoderName(encoding);
    bool first = true;
    bool zero = false;
    qsizetype control = 0, size = 0;
    std::optional<Error> failed;
    const bool valid = forEachPiece(bytes, name, [&](QByteArrayView piece) {
        bool error = false;
        const QString text = decodePiece(piece, name, &error);
        if (error)
            return false;
        QStringView view(text);
        if (first && view.startsWith(QChar(0xFEFF)))
            view = view.mid(1);
        first = false;
        for (QChar c : view) {
            const char16_t u = c.unicode();
            zero = zero || u == 0;
            if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
                ++control;
        }
        size += view.size();
        if (!failed)
            if (auto ok = sink(view); !ok)
                failed = ok.error();
        return true;
    });
    if (!valid)
        return Error{ErrorCode::Validation, tr("The file is not valid %1 text.").arg(encoding), {}};
    // More than 1 % control characters, or any zero: not a text file.
    if (zero || (control > 0 && control * 100 > size))
        return Error{ErrorCode::Validation, tr("The file is not a text file (it contains binary data)."), {}};
    if (failed)
        return *failed;
    return {};
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    auto encoding = detect(bytes, forcedEncoding);
    if (!encoding)
        return encoding.error();
    DecodedText out{{}, encoding.value()};
    auto ok = decodeInPieces(bytes, encoding.value(), [&out](QStringView piece) -> Result<void> {
        out.text.append(piece);
        return {};
    });
    if (!ok)
        return ok.error();
    return out;
}

} // namespace EventDesk
