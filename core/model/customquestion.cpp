#include "customquestion.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString customQuestionTypeName(CustomQuestion::Type type)
{
    switch (type) {
    case CustomQuestion::Type::Text:
        return u"text"_s;
    case CustomQuestion::Type::SingleChoice:
        return u"single"_s;
    case CustomQuestion::Type::MultipleChoice:
        return u"multiple"_s;
    case CustomQuestion::Type::YesNo:
        return u"yesno"_s;
    }
    return u"text"_s;
}

std::optional<CustomQuestion::Type> customQuestionTypeFromName(const QString &name)
{
    for (auto t : {CustomQuestion::Type::Text, CustomQuestion::Type::SingleChoice,
                   CustomQuestion::Type::MultipleChoice, CustomQuestion::Type::YesNo})
        if (customQuestionTypeName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace EventDesk
