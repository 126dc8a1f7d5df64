// Custom registration questions (core/registration/customquestions.h) and their storage.
#include "registration/customquestions.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

struct Form {
    CustomQuestion diet{
        QUuid::createUuid(), {}, u"Dietary needs?"_s, CustomQuestion::Type::YesNo, {}, true, {}, {}};
    CustomQuestion which{QUuid::createUuid(),
                         {},
                         u"Which?"_s,
                         CustomQuestion::Type::MultipleChoice,
                         {u"vegetarian"_s, u"vegan"_s, u"halal"_s},
                         true,
                         {},
                         u"yes"_s};
    CustomQuestion veganNote{
        QUuid::createUuid(), {}, u"Vegan details"_s, CustomQuestion::Type::Text, {}, false, {}, u"vegan"_s};
    CustomQuestion size{QUuid::createUuid(),      {},    u"T-shirt"_s, CustomQuestion::Type::SingleChoice,
                        {u"S"_s, u"M"_s, u"L"_s}, false, {},           {}};
    Form()
    {
        which.showIfQuestion = diet.id;
        veganNote.showIfQuestion = which.id;
    }
    QList<CustomQuestion> all() const { return {diet, which, veganNote, size}; }
    static QString key(const CustomQuestion &q) { return q.id.toString(QUuid::WithoutBraces); }
};

TEST(CustomQuestionsTest, ConditionsFollowTheAnswersThroughAChain)
{
    const Form f;
    QJsonObject a;
    EXPECT_TRUE(CustomQuestions::isVisible(f.diet, f.all(), a));
    EXPECT_FALSE(CustomQuestions::isVisible(f.which, f.all(), a));
    a.insert(Form::key(f.diet), u"yes"_s);
    EXPECT_TRUE(CustomQuestions::isVisible(f.which, f.all(), a));
    EXPECT_FALSE(CustomQuestions::isVisible(f.veganNote, f.all(), a));
    a.insert(Form::key(f.which), QJsonArray{u"vegan"_s});
    EXPECT_TRUE(CustomQuestions::isVisible(f.veganNote, f.all(), a));
    a.insert(Form::key(f.diet), u"no"_s); // hides the whole chain
    EXPECT_FALSE(CustomQuestions::isVisible(f.veganNote, f.all(), a));
    EXPECT_EQ(CustomQuestions::visibleAnswers(f.all(), a).keys(), QStringList{Form::key(f.diet)});
}

TEST(CustomQuestionsTest, RequiredOnlyWhenShownAndChoicesChecked)
{
    const Form f;
    QJsonObject a;
    FieldErrors e = CustomQuestions::validate(f.all(), a);
    ASSERT_EQ(e.size(), 1); // only the visible required question
    EXPECT_EQ(e.first().field, Form::key(f.diet));
    a.insert(Form::key(f.diet), u"yes"_s);
    e = CustomQuestions::validate(f.all(), a);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().field, Form::key(f.which));
    a.insert(Form::key(f.which), QJsonArray{u"kosher"_s});
    a.insert(Form::key(f.size), u"XXL"_s);
    EXPECT_EQ(CustomQuestions::validate(f.all(), a).size(), 2);
    a.insert(Form::key(f.which), QJsonArray{u"halal"_s});
    a.insert(Form::key(f.size), u"M"_s);
    EXPECT_TRUE(CustomQuestions::validate(f.all(), a).isEmpty());
    a.insert(Form::key(f.diet), u"maybe"_s);
    EXPECT_FALSE(CustomQuestions::validate(f.all(), a).isEmpty());
}

TEST(CustomQuestionsTest, DefinitionsAreChecked)
{
    const Form f;
    CustomQuestion bad{QUuid::createUuid(), {},    QString(), CustomQuestion::Type::SingleChoice,
                       {u"one"_s},          false, {},        {}};
    EXPECT_EQ(CustomQuestions::validateDefinition(bad, f.all()).size(), 2);
    CustomQuestion cond{QUuid::createUuid(), {},          u"Why?"_s, CustomQuestion::Type::Text, {}, false,
                        f.diet.id,           u"perhaps"_s};
    EXPECT_EQ(CustomQuestions::validateDefinition(cond, f.all()).size(), 1);
    cond.showIfValue = u"yes"_s;
    EXPECT_TRUE(CustomQuestions::validateDefinition(cond, f.all()).isEmpty());
    cond.showIfQuestion = QUuid::createUuid();
    EXPECT_EQ(CustomQuestions::validateDefinition(cond, f.all()).size(), 1);
}

TEST(CustomQuestionsTest, StoredInOrderPerEvent)
{
    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ASSERT_TRUE(store.open(ws.path()));
    Event e;
    e.name = u"Q"_s;
    e.startDate = e.endDate = QDate(2026, 1, 1);
    const QUuid eventId = store.add(e).value().meta.id;
    const Form f;
    QSignalSpy changed(&store, &EventStore::recordsChanged);
    ASSERT_TRUE(CustomQuestionStore(store).replace(eventId, f.all()));
    EXPECT_EQ(changed.count(), 1);
    auto back = CustomQuestionStore(store).list(eventId);
    ASSERT_TRUE(back);
    ASSERT_EQ(back.value().size(), 4);
    EXPECT_EQ(back.value().at(1).id, f.which.id);
    EXPECT_EQ(back.value().at(1).options, f.which.options);
    EXPECT_EQ(back.value().at(1).showIfQuestion, f.diet.id);
    EXPECT_EQ(back.value().at(1).showIfValue, u"yes"_s);
    EXPECT_TRUE(back.value().at(0).required);
    ASSERT_TRUE(CustomQuestionStore(store).replace(eventId, {f.size}));
    EXPECT_EQ(CustomQuestionStore(store).list(eventId).value().size(), 1);
}

} // namespace

namespace
{

TEST(CustomQuestionsTest, ListsAreCheckedInOrder)
{
    const Form f;
    EXPECT_TRUE(CustomQuestions::validateDefinitions(f.all()).isEmpty());

    // A condition may refer only to an earlier question.
    QList<CustomQuestion> moved{f.which, f.diet, f.veganNote, f.size};
    QList<FieldErrors> errors = CustomQuestions::validateDefinitions(moved);
    ASSERT_EQ(errors.size(), 4);
    ASSERT_EQ(errors.at(0).size(), 1);
    EXPECT_EQ(errors.at(0).first().field, u"showIf"_s);
    EXPECT_TRUE(errors.at(0).first().message.contains(u"earlier"_s))
        << errors.at(0).first().message.toStdString();
    EXPECT_TRUE(errors.at(1).isEmpty());
    EXPECT_TRUE(errors.at(2).isEmpty());

    // A condition needs a value, and the value must be one the earlier question can have.
    CustomQuestion noValue = f.veganNote;
    noValue.showIfValue.clear();
    errors = CustomQuestions::validateDefinitions({f.diet, f.which, noValue});
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors.at(2).size(), 1);
    CustomQuestion badValue = f.veganNote;
    badValue.showIfValue = u"kosher"_s;
    errors = CustomQuestions::validateDefinitions({f.diet, f.which, badValue});
    EXPECT_TRUE(errors.at(2).first().message.contains(u"kosher"_s));

    // Several problems of one question are all reported.
    CustomQuestion empty{
        QUuid::createUuid(), {}, {}, CustomQuestion::Type::MultipleChoice, {u"a"_s}, false, {}, {}};
    errors = CustomQuestions::validateDefinitions({f.diet, empty});
    EXPECT_TRUE(errors.at(0).isEmpty());
    EXPECT_EQ(errors.at(1).size(), 2); // label and options
}

TEST(CustomQuestionsTest, AnswersAreReadFromImportedText)
{
    const Form f;
    auto text = CustomQuestions::answerFromText(f.veganNote, u"  no honey  "_s);
    ASSERT_TRUE(text);
    EXPECT_EQ(text.value().toString(), u"no honey"_s);
    EXPECT_TRUE(CustomQuestions::answerFromText(f.size, u""_s).value().isNull());
    EXPECT_EQ(CustomQuestions::answerFromText(f.size, u"m"_s).value().toString(),
              u"M"_s); // the option's spelling
    auto notAChoice = CustomQuestions::answerFromText(f.size, u"XXL"_s);
    ASSERT_FALSE(notAChoice);
    EXPECT_TRUE(notAChoice.error().message.contains(u"XXL"_s));
    EXPECT_EQ(CustomQuestions::answerFromText(f.which, u"vegan; Halal"_s).value().toArray(),
              (QJsonArray{u"vegan"_s, u"halal"_s}));
    EXPECT_EQ(CustomQuestions::answerFromText(f.which, u"vegetarian,vegan"_s).value().toArray(),
              (QJsonArray{u"vegetarian"_s, u"vegan"_s}));
    EXPECT_FALSE(CustomQuestions::answerFromText(f.which, u"vegan|paleo"_s));
    for (const QString &yes : {u"yes"_s, u"TRUE"_s, u"1"_s, u"是"_s, u"Y"_s})
        EXPECT_EQ(CustomQuestions::answerFromText(f.diet, yes).value().toString(), u"yes"_s)
            << yes.toStdString();
    for (const QString &no : {u"No"_s, u"false"_s, u"0"_s, u"否"_s})
        EXPECT_EQ(CustomQuestions::answerFromText(f.diet, no).value().toString(), u"no"_s)
            << no.toStdString();
    EXPECT_FALSE(CustomQuestions::answerFromText(f.diet, u"maybe"_s));
}

TEST(CustomQuestionsTest, FoundByLabelIgnoringCaseAndSpaces)
{
    const Form f;
    const QList<CustomQuestion> all = f.all();
    ASSERT_NE(CustomQuestions::findByLabel(all, u"  dietary NEEDS ?"_s), nullptr);
    EXPECT_EQ(CustomQuestions::findByLabel(all, u"dietaryneeds?"_s)->id, f.diet.id);
    EXPECT_EQ(CustomQuestions::findByLabel(all, u"T shirt"_s), nullptr);
    EXPECT_EQ(CustomQuestions::findByLabel(all, u"tshirt"_s), nullptr);
    EXPECT_EQ(CustomQuestions::findByLabel(all, u"t-SHIRT"_s)->id, f.size.id);
    EXPECT_EQ(CustomQuestions::findByLabel(all, u""_s), nullptr);
}

} // namespace
