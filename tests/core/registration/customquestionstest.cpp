// Custom registration questions (core/registration/customquestions.h) and their storage.
#include "registration/customquestions.h"
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
    ASSERT_TRUE(store.setCustomQuestions(eventId, f.all()));
    EXPECT_EQ(changed.count(), 1);
    auto back = store.customQuestions(eventId);
    ASSERT_TRUE(back);
    ASSERT_EQ(back.value().size(), 4);
    EXPECT_EQ(back.value().at(1).id, f.which.id);
    EXPECT_EQ(back.value().at(1).options, f.which.options);
    EXPECT_EQ(back.value().at(1).showIfQuestion, f.diet.id);
    EXPECT_EQ(back.value().at(1).showIfValue, u"yes"_s);
    EXPECT_TRUE(back.value().at(0).required);
    ASSERT_TRUE(store.setCustomQuestions(eventId, {f.size}));
    EXPECT_EQ(store.customQuestions(eventId).value().size(), 1);
}

} // namespace
