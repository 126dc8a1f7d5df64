#pragma once

#include "model/customquestion.h"
#include "model/record.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace EventDesk
{

// The rules of custom questions: which are shown for the answers given so far, and whether the answers are
// complete and valid. Hidden questions are neither required nor kept.
class CustomQuestions
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CustomQuestions)

public:
    static QString typeDisplayName(CustomQuestion::Type type); // translated
    static QList<CustomQuestion::Type> allTypes();
    static bool isVisible(const CustomQuestion &q, const QList<CustomQuestion> &all,
                          const QJsonObject &answers);
    // Field errors use the question id as the field name.
    static FieldErrors validate(const QList<CustomQuestion> &questions, const QJsonObject &answers);
    // The answers without those of hidden or unknown questions.
    static QJsonObject visibleAnswers(const QList<CustomQuestion> &questions, const QJsonObject &answers);
    static FieldErrors validateDefinition(const CustomQuestion &q, const QList<CustomQuestion> &others);
    // Checks a whole list in its order: a condition may refer only to an earlier question. One entry per
    // question; empty when the whole list is valid.
    static QList<FieldErrors> validateDefinitions(const QList<CustomQuestion> &questions);
    static bool isChoice(CustomQuestion::Type type);
    // The values a condition on q can test: its options, yes/no, or nothing (free text).
    static QStringList conditionValues(const CustomQuestion &q);
    // The question whose label matches text, ignoring case and spaces; nullptr when none or several.
    static const CustomQuestion *findByLabel(const QList<CustomQuestion> &questions, const QString &text);
    // Reads an answer from imported text, as the form stores it: text as is; a single choice must be one of
    // the options (case-insensitively); a multiple choice lists options separated by ';' or '|' (or ',');
    // yes/no accepts yes/no, true/false, 1/0, y/n, 是/否. An empty text is no answer (a null value).
    static Result<QJsonValue> answerFromText(const CustomQuestion &q, const QString &text);
};

} // namespace EventDesk
