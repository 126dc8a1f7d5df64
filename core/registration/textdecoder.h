#pragma once

#include "result.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace EventDesk
{

struct DecodedText {
    QString text;
    QString encoding; // UTF-8, UTF-8 (BOM), UTF-16LE, UTF-16BE, GB18030, windows-1252
};

// Turns the bytes of a text file into text. Without a forced encoding it detects one: a BOM (UTF-8, UTF-16),
// UTF-16 without a BOM from its zero bytes, valid UTF-8, then GB18030 (which covers GBK) when it decodes
// cleanly, else Windows-1252. Decoding of legacy encodings uses QStringDecoder, which this Qt build backs
// with ICU. Files with zero bytes or many control characters are refused as binary.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::TextDecoder)

public:
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &forcedEncoding = {});
    // The same in two steps that never hold the whole text: detect() chooses the encoding (as
    // DecodedText::encoding names it) and checks that the bytes are valid in it; decodeInPieces() hands the
    // text to sink in pieces of about a megabyte that end at a line break (a BOM dropped), then refuses
    // binary data as decode() does. A sink error stops the pieces and is returned (after the binary check).
    static Result<QString> detect(QByteArrayView bytes, const QString &forcedEncoding = {});
    static Result<void> decodeInPieces(QByteArrayView bytes, const QString &encoding,
                                       const std::function<Result<void>(QStringView)> &sink);
    static QStringList knownEncodings();
};

} // namespace EventDesk
