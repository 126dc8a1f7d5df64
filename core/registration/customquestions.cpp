#include "customquestions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString CustomQuestions::typeDisplayName(CustomQuestion::Type type)
{
    switch (type) {
    case CustomQuestion::Type::Text:
        return tr("Text");
    case CustomQuestion::Type::SingleChoice:
        return tr("Single choice");
    case CustomQuestion::Type::MultipleChoice:
        return tr("Multiple choice");
    case CustomQuestion::Type::YesNo:
        return tr("Yes/no");
    }
    return {};
}

QList<CustomQuestion::Type> CustomQuestions::allTypes()
{
    return {CustomQuestion::Type::Text, CustomQuestion::Type::SingleChoice,
            CustomQuestion::Type::MultipleChoice, CustomQuestion::Type::YesNo};
}

namespace
{
const CustomQuestion *findQuestion(const QList<CustomQuestion> &all, const QUuid &id)
{
    for (const CustomQuestion &q : all)
        if (q.id == id)
            return &q;
    return nullptr;
}

bool isAnswered(const QJsonValue &v)
{
    if (v.isArray())
        return !v.toArray().isEmpty();
    return v.isString() && !v.toString().trimmed().isEmpty();
}
} // namespace

bool CustomQuestions::isVisible(const CustomQuestion &q, const QList<CustomQuestion> &all,
                                const QJsonObject &answers)
{
    // Follow the chain of conditions; a cycle or a missing question hides the question.
    const CustomQuestion *current = &q;
    for (int depth = 0; depth <= all.size(); ++depth) {
        if (current->showIfQuestion.isNull())
            return true;
        const CustomQuestion *parent = findQuestion(all, current->showIfQuestion);
        if (!parent)
            return false;
        const QJsonValue answer = answers.value(parent->id.toString(QUuid::WithoutBraces));
        const bool matches = answer.isArray() ? answer.toArray().contains(QJsonValue(current->showIfValue))
                                              : answer.toString() == current->showIfValue;
        if (!matches)
            return false;
        current = parent;
    }
    return false;
}

FieldErrors CustomQuestions::validate(const QList<CustomQuestion> &questions, const QJsonObject &answers)
{
    FieldErrors errors;
    for (const CustomQuestion &q : questions) {
        if (!isVisible(q, questions, answers))
            continue;
        const QString key = q.id.toString(QUuid::WithoutBraces);
        const QJsonValue v = answers.value(key);
        if (!isAnswered(v)) {
            if (q.required)
                errors.append({key, tr("Please answer \"%1\".").arg(q.label)});
            continue;
        }
        switch (q.type) {
        case CustomQuestion::Type::Text:
            if (v.toString().size() > 2000)
                errors.append({key, tr("The answer to \"%1\" is too long.").arg(q.label)});
            break;
        case CustomQuestion::Type::SingleChoice:
            if (!q.options.contains(v.toString()))
                errors.append({key, tr("\"%1\" is not a choice of \"%2\".").arg(v.toString(), q.label)});
            break;
        case CustomQuestion::Type::MultipleChoice:
            for (const QJsonValue &choice : v.toArray())
                if (!q.options.contains(choice.toString()))
                    errors.append(
                        {key, tr("\"%1\" is not a choice of \"%2\".").arg(choice.toString(), q.label)});
            break;
        case CustomQuestion::Type::YesNo:
            if (v.toString() != u"yes" && v.toString() != u"no")
                errors.append({key, tr("Answer \"%1\" with yes or no.").arg(q.label)});
            break;
        }
    }
    return errors;
}

QJsonObject CustomQuestions::visibleAnswers(const QList<CustomQuestion> &questions,
                                            const QJsonObject &answers)
{
    QJsonObject out;
    for (const CustomQuestion &q : questions) {
        const QString key = q.id.toString(QUuid::WithoutBraces);
        if (answers.contains(key) && isVisible(q, questions, answers) && isAnswered(answers.value(key)))
            out.insert(key, answers.value(key));
    }
    return out;
}

FieldErrors CustomQuestions::validateDefinition(const CustomQuestion &q, const QList<CustomQuestion> &others)
{
    FieldErrors errors;
    Check::requireText(errors, u"label"_s, q.label, tr("The question"), 500);
    const bool choices =
        q.type == CustomQuestion::Type::SingleChoice || q.type == CustomQuestion::Type::MultipleChoice;
    if (choices && q.options.size() < 2)
        errors.append({u"options"_s, tr("A choice question needs at least two options.")});
    if (!q.showIfQuestion.isNull()) {
        const CustomQuestion *parent = findQuestion(others, q.showIfQuestion);
        if (!parent || parent->id == q.id)
            errors.append(
                {u"showIf"_s, tr("The condition refers to a question of this event that does not exist.")});
        else if (q.showIfValue.trimmed().isEmpty())
            errors.append({u"showIf"_s,
                           tr("Choose the answer to \"%1\" that shows this question.").arg(parent->label)});
        else if (parent->type == CustomQuestion::Type::YesNo && q.showIfValue != u"yes" &&
                 q.showIfValue != u"no")
            errors.append({u"showIf"_s, tr("A yes/no condition needs the value yes or no.")});
        else if (!parent->options.isEmpty() && !parent->options.contains(q.showIfValue))
            errors.append(
                {u"showIf"_s, tr("\"%1\" is not a choice of \"%2\".").arg(q.showIfValue, parent->label)});
    }
    return errors;
}

QList<FieldErrors> CustomQuestions::validateDefinitions(const QList<CustomQuestion> &questions)
{
    QList<FieldErrors> out;
    bool any = false;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const CustomQuestion &q = questions.at(i);
        const QList<CustomQuestion> earlier = questions.mid(0, i);
        FieldErrors errors = validateDefinition(q, earlier);
        if (!q.showIfQuestion.isNull() && !findQuestion(earlier, q.showIfQuestion) &&
            findQuestion(questions, q.showIfQuestion)) {
            // A clearer message than "does not exist".
            errors.removeIf([](const FieldError &e) { return e.field == u"showIf"; });
            errors.append({u"showIf"_s, tr("The condition must refer to an earlier question.")});
        }
        any = any || !errors.isEmpty();
        out.append(errors);
    }
    return any ? out : QList<FieldErrors>();
}

bool CustomQuestions::isChoice(CustomQuestion::Type type)
{
    return type == CustomQuestion::Type::SingleChoice || type == CustomQuestion::Type::MultipleChoice;
}

QStringList CustomQuestions::conditionValues(const CustomQuestion &q)
{
    if (q.type == CustomQuestion::Type::YesNo)
        return {u"yes"_s, u"no"_s};
    if (isChoice(q.type))
        return q.options;
    return {};
}

namespace
{
QString labelKey(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace() && c != QChar(0xFEFF))
            out.append(c.toCaseFolded());
    return out;
}
} // namespace

const CustomQuestion *CustomQuestions::findByLabel(const QList<CustomQuestion> &questions,
                                                   const QString &text)
{
    const QString key = labelKey(text);
    const CustomQuestion *found = nullptr;
    if (key.isEmpty())
        return nullptr;
    for (const CustomQuestion &q : questions) {
        if (labelKey(q.label) != key)
            continue;
        if (found)
            return nullptr; // ambiguous
        found = &q;
    }
    return found;
}

Result<QJsonValue> CustomQuestions::answerFromText(const CustomQuestion &q, const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QJsonValue();
    auto option = [&q](const QString &v) -> std::optional<QString> {
        for (const QString &o : q.options)
            if (o.compare(v, Qt::CaseInsensitive) == 0)
                return o;
        return std::nullopt;
    };
    auto notAChoice = [&q](const QString &v) {
        return Error{ErrorCode::Validation, tr("\"%1\" is not a choice of \"%2\".").arg(v, q.label), {}};
    };
    switch (q.type) {
    case CustomQuestion::Type::Text:
        return QJsonValue(value);
    case CustomQuestion::Type::SingleChoice:
        if (const auto o = option(value))
            return QJsonValue(*o);
        return notAChoice(value);
    case CustomQuestion::Type::MultipleChoice: {
        if (const auto o = option(value))
            return QJsonValue(QJsonArray{*o});
        const QChar separator = value.contains(u';') ? u';' : value.contains(u'|') ? u'|' : u',';
        QJsonArray chosen;
        for (const QString &part : value.split(separator, Qt::SkipEmptyParts)) {
            const auto o = option(part.trimmed());
            if (!o)
                return notAChoice(part.trimmed());
            if (!chosen.contains(QJsonValue(*o)))
                chosen.append(*o);
        }
        return chosen.isEmpty() ? QJsonValue() : QJsonValue(chosen);
    }
    case CustomQuestion::Type::YesNo: {
        static const QStringList yes{u"yes"_s, u"true"_s, u"1"_s, u"y"_s, u"是"_s};
        static const QStringList no{u"no"_s, u"false"_s, u"0"_s, u"n"_s, u"否"_s};
        if (yes.contains(value, Qt::CaseInsensitive))
            return QJsonValue(u"yes"_s);
        if (no.contains(value, Qt::CaseInsensitive))
            return QJsonValue(u"no"_s);
        return Error{
            ErrorCode::Validation, tr("Answer \"%1\" with yes or no, not \"%2\".").arg(q.label, value), {}};
    }
    }
    return QJsonValue();
}

} // namespace EventDesk
