// The fixture of the participants GUI tests: a real workspace with an event, the main window on a page.
#pragma once

#include "participants/participanttablemodel.h"
#include "settings.h"
#include "support/guifixture.h"

#include <QListWidget>
#include <QTest>

namespace EventDesk::Test
{
using namespace Qt::StringLiterals;

class ParticipantsFixture : public GuiFixture
{
protected:
    void SetUp() override
    {
        // Each test starts with the default columns, whatever an earlier test in this process chose.
        Settings::remove(Settings::Key::ParticipantsHiddenColumns);
        Settings::remove(Settings::Key::ParticipantsHeaderState);
        GuiFixture::SetUp();
    }
    QUuid createEvent(std::optional<int> capacity = {})
    {
        Event e;
        e.name = u"Registrations Conf"_s;
        e.startDate = e.endDate = QDate(2026, 10, 3);
        e.venueName = u"Hall 1"_s;
        e.capacity = capacity;
        auto added = m_probe.add(e);
        EXPECT_TRUE(added.ok());
        m_eventId = added.value().meta.id;
        return m_eventId;
    }
    Participant addParticipant(const QString &name, ParticipantStatus status, const QString &org = {})
    {
        Participant p;
        p.eventId = m_eventId;
        p.name = name;
        p.email = name.toLower().remove(u' ') + u"@example.org"_s;
        p.organisation = org;
        p.status = status;
        auto added = m_probe.add(p);
        EXPECT_TRUE(added.ok());
        return added.value();
    }
    // Opens the window on the event's page with the given objectName, its model loaded.
    template <typename Page> Page *showPage(const QString &name)
    {
        openWindow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
        auto *list = find<QListWidget>(u"sectionList"_s);
        auto *page = find<Page>(name);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == page->title())
                list->setCurrentRow(i);
        EXPECT_TRUE(QTest::qWaitFor([&] { return page->isVisible() && page->model()->isLoaded(); }, 10000));
        return page;
    }
    ParticipantStatus statusOf(const QUuid &id) { return m_probe.get<Participant>(id).value().status; }

    QUuid m_eventId;
};

} // namespace EventDesk::Test
