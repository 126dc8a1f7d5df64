#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace EventDesk
{

// One e-mail message as text: its main headers decoded (RFC 2047) and its readable body (text/plain, else
// text/html without the markup), decoded from its transfer encoding and charset.
struct MailMessage {
    QString source; // where it came from: a file name (with the message's number in an mbox), "pasted text"
    QString from;
    QString to;
    QString subject;
    QString date;
    QString body;
    QStringList warnings; // sentences: bytes that could not be decoded, a body cut at the cap

    // The text shown to people and sent to the model; spans of pre-fill drafts refer to it:
    // "From: …\nTo: …\nSubject: …\nDate: …\n\nbody" (headers that are absent are left out).
    QString text() const;
};

// Reads e-mail messages: a single message (.eml), an mbox of one or many ("From " separator lines,
// ">From " unquoted), or plain pasted text. Everything it reads is bounded: files over kMaxFileBytes and
// mailboxes of more than kMaxMessages messages are refused with a sentence naming the cap, and a body over
// kMaxBodyChars is cut (with a warning). It blocks: call it off the GUI thread.
class MailReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::MailReader)

public:
    static constexpr qsizetype kMaxFileBytes = qsizetype(64) << 20;
    static constexpr int kMaxMessages = 200;
    static constexpr qsizetype kMaxBodyChars = 20000;

    // The bytes of a file, which must hold a message or an mbox. name names it in sources and errors.
    static Result<QList<MailMessage>> readBytes(QByteArrayView bytes, const QString &name);
    static Result<QList<MailMessage>> readFile(const QString &path);
    // Several files and pasted text (may be empty), all or nothing, within kMaxMessages together.
    static Result<QList<MailMessage>> read(const QStringList &paths, const QString &pasted);
    // Pasted text: a message or an mbox when it looks like one, else the text itself as one message.
    static Result<QList<MailMessage>> readPasted(const QString &text);

    // The pieces, for tests.
    static MailMessage parseMessage(QByteArrayView raw);
    static QString decodeHeader(QByteArrayView raw); // unstructured text with RFC 2047 encoded words
    static QString htmlToText(const QString &html);
    static QByteArray decodeQuotedPrintable(QByteArrayView in);
};

} // namespace EventDesk
