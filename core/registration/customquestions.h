#pragma once

#include "model/customquestion.h"
#include "model/record.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace EventDesk
{

// The rules of custom questions: which are shown for the answers given so far, and whether the answers are
// complete and valid. Hidden questions are neither required nor kept.
class CustomQuestions
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CustomQuestions)

public:
    static QString typeName(CustomQuestion::Type type); // text, single, multiple, yesno
    static std::optional<CustomQuestion::Type> typeFromName(const QString &name);
    static bool isVisible(const CustomQuestion &q, const QList<CustomQuestion> &all,
                          const QJsonObject &answers);
    // Field errors use the question id as the field name.
    static FieldErrors validate(const QList<CustomQuestion> &questions, const QJsonObject &answers);
    // The answers without those of hidden or unknown questions.
    static QJsonObject visibleAnswers(const QList<CustomQuestion> &questions, const QJsonObject &answers);
    static FieldErrors validateDefinition(const CustomQuestion &q, const QList<CustomQuestion> &others);
    static QJsonObject toJson(const CustomQuestion &q);
    static CustomQuestion fromJson(const QJsonObject &o);
};

} // namespace EventDesk
