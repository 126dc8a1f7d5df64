// The participant table's search index: text over name, email, organisation and id; status and ticket
// filters; narrowing a previous result while typing gives what a full scan gives.
#include "registration/participantfilter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

QList<Participant> people()
{
    const QStringList names{u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s, u"张伟"_s,
                            u"Ådne Økland"_s};
    QList<Participant> out;
    for (int i = 0; i < 200; ++i) {
        Participant p;
        p.meta.id = QUuid::createUuid();
        p.name = names.at(i % names.size()) + u' ' + QString::number(i);
        p.email = u"p%1@example.org"_s.arg(i);
        p.organisation = i % 3 ? u"ACME"_s : u"Universität Wien"_s;
        p.status = i % 4 ? ParticipantStatus::Confirmed : ParticipantStatus::Waitlisted;
        out.append(p);
    }
    return out;
}

TEST(ParticipantIndexTest, SearchesNameEmailOrganisationAndIdIgnoringCase)
{
    const QList<Participant> all = people();
    ParticipantIndex index;
    index.reset(all);
    ParticipantFilter f;
    f.text = u"  GRACE hopper 7 "_s;
    EXPECT_EQ(index.filter(f), (QList<int>{71, 76}));
    f.text = u"universität"_s;
    EXPECT_EQ(index.filter(f).size(), 67);
    f.text = all.at(42).meta.id.toString(QUuid::WithoutBraces).left(8).toUpper(); // as printed or scanned
    EXPECT_TRUE(index.filter(f).contains(42));
    f.text = all.at(42).meta.id.toString(QUuid::WithoutBraces);
    EXPECT_EQ(index.filter(f), QList<int>{42});
    f.text = registrationReference(all.at(42).meta.id); // as quoted in a message: "7F3A-91C2"
    EXPECT_EQ(index.filter(f), QList<int>{42});
    f.text = u"张伟"_s;
    f.status = ParticipantStatus::Waitlisted;
    for (int i : index.filter(f)) {
        EXPECT_TRUE(all.at(i).name.startsWith(u"张伟"_s));
        EXPECT_EQ(all.at(i).status, ParticipantStatus::Waitlisted);
    }
}

TEST(ParticipantIndexTest, TypingNarrowsThePreviousResultToTheSameRowsAsAFullScan)
{
    ParticipantIndex index;
    index.reset(people());
    ParticipantFilter before;
    QList<int> previous = index.filter(before);
    for (const QString &typed : {u"a"_s, u"ad"_s, u"ada"_s, u"ada "_s, u"ada l"_s, u"ada lovelace 1"_s}) {
        ParticipantFilter after;
        after.text = typed;
        ASSERT_TRUE(ParticipantIndex::narrows(before, after)) << typed.toStdString();
        const QList<int> narrowed = index.filter(after, previous);
        EXPECT_EQ(narrowed, index.filter(after)) << typed.toStdString();
        before = after;
        previous = narrowed;
    }
    EXPECT_FALSE(previous.isEmpty());

    // Deleting a letter, changing the text or a filter is not narrowing: a full scan is needed.
    ParticipantFilter shorter;
    shorter.text = u"ada lovelace "_s;
    EXPECT_FALSE(ParticipantIndex::narrows(before, shorter));
    ParticipantFilter other;
    other.text = u"grace"_s;
    EXPECT_FALSE(ParticipantIndex::narrows(before, other));
    ParticipantFilter status = before;
    status.status = ParticipantStatus::Confirmed;
    EXPECT_FALSE(ParticipantIndex::narrows(before, status));
}

} // namespace
