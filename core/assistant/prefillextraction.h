#pragma once

#include "assistant/mailreader.h"
#include "llm/chatrequest.h"
#include "model/customquestion.h"
#include "model/participant.h"
#include "model/tickettype.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

#include <optional>

namespace EventDesk
{
class EventStore;

// Where a value came from: a span of a message's MailMessage::text(). start < 0: nowhere (a guess).
struct SourceSpan {
    qsizetype start = -1;
    qsizetype length = 0;
    bool isKnown() const { return start >= 0; }
    bool operator==(const SourceSpan &) const = default;
};

struct DraftField {
    QString value;
    SourceSpan span;
    bool isGuess() const { return !value.isEmpty() && !span.isKnown(); }
};

// One registration the model found in a message, not yet saved.
struct RegistrationDraft {
    int message = -1; // index into the messages read
    // By field key: name, email, phone, organisation, ticketType, or a custom question's id (without braces).
    QMap<QString, DraftField> fields;
    Participant participant; // built from the fields: pending, source "assistant", no id
    FieldErrors valueErrors; // values that cannot be used: an unknown ticket type, an answer not an option
    FieldErrors errors;      // valueErrors, then (after PrefillExtraction::check) Registrations::check's
    std::optional<Participant>
        duplicate; // an existing registration with the email, or an earlier draft (no id)

    bool isValid() const { return errors.isEmpty(); }
    bool isRegistrable() const { return isValid() && !duplicate; }
};

// The registration pre-fill's pure parts: the request for a batch of messages (with its JSON Schema, see
// docs/assistant.md), the drafts built from the model's answer, each field linked to its source span, and
// the checks of the existing registration rules.
class PrefillExtraction
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::PrefillExtraction)

public:
    static constexpr int kBatchSize = 10; // messages per request

    // What the model needs to know of the event.
    struct Setup {
        QUuid eventId;
        QString eventName;
        QList<TicketType> tickets;
        QList<CustomQuestion> questions;
    };
    static Result<Setup> load(const EventStore &store, const QUuid &eventId);

    static QJsonObject schema(const Setup &setup);
    // The request for messages [first, first + count): redaction on, structured output, no streaming.
    static ChatRequest request(const Setup &setup, const QList<MailMessage> &messages, int first, int count);
    // The drafts of a valid answer to request(first, count).
    static QList<RegistrationDraft> drafts(const QJsonValue &answer, const Setup &setup,
                                           const QList<MailMessage> &messages, int first);
    // The span of value in text: inside quote's span when quote is found there, else anywhere; exact, then
    // ignoring case, then ignoring spaces and punctuation between the characters (phone numbers); else the
    // quote's span; else unknown.
    static SourceSpan locate(const QString &text, const QString &value, const QString &quote = {});

    // Fills errors and duplicate of each draft with Registrations::check (same order).
    static Result<void> check(EventStore &store, const QUuid &eventId, QList<RegistrationDraft> &drafts);

    // The columns of a review: the five fields, then one per question.
    static QStringList fieldKeys(const Setup &setup);
    static QString fieldLabel(const Setup &setup, const QString &key); // translated
    // One sentence per draft: why it will not be registered (empty when it will).
    static QString reason(const RegistrationDraft &draft);
    static QString duplicateReason(const RegistrationDraft &draft); // empty when not a duplicate
    static QJsonObject toJson(const RegistrationDraft &draft, const Setup &setup,
                              const QList<MailMessage> &messages);
};

} // namespace EventDesk
