#pragma once

#include <QStringList>
#include <QUuid>

#include <optional>

namespace EventDesk
{

// A question the event asks in its registration form. Answers live in Participant::answers under the
// question's id (text: a string; single choice and yes/no: a string; multiple choice: an array of strings).
struct CustomQuestion {
    enum class Type { Text, SingleChoice, MultipleChoice, YesNo };
    QUuid id;
    QUuid eventId;
    QString label;
    Type type = Type::Text;
    QStringList options; // for the choice types
    bool required = false;
    QUuid showIfQuestion; // null: always shown; else only when that question's answer is showIfValue
    QString showIfValue;  // for yes/no: "yes" or "no"; for multiple choice: one of the chosen options

    bool operator==(const CustomQuestion &) const = default;
};

QString customQuestionTypeName(CustomQuestion::Type type); // text, single, multiple, yesno (storage, CLI)
std::optional<CustomQuestion::Type> customQuestionTypeFromName(const QString &name);

} // namespace EventDesk
