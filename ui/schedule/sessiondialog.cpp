#include "sessiondialog.h"

#include "availabilityeditor.h"
#include "walltime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

SessionDialog::SessionDialog(const Session &session, const ScheduleData &context, QWidget *parent)
    : RecordDialog(session.meta.revision == 0 ? tr("New session") : tr("Edit session"), parent),
      m_session(session), m_zone(context.event.timeZone.toUtf8()),
      m_title(new QLineEdit(session.title, this)), m_abstract(new QPlainTextEdit(session.abstract, this)),
      m_type(new QComboBox(this)), m_duration(new QSpinBox(this)),
      m_language(new QLineEdit(session.language, this)), m_track(new QComboBox(this)),
      m_room(new QComboBox(this)), m_scheduled(new QCheckBox(tr("Scheduled"), this)),
      m_start(new QDateTimeEdit(this)), m_speakerFilter(new QLineEdit(this)),
      m_speakers(new QListWidget(this)), m_attendance(new QSpinBox(this)),
      m_pinned(new QCheckBox(tr("Pinned: the assistant never moves it"), this)),
      m_tags(new QLineEdit(session.tags.join(u", "_s), this)), m_allowedRooms(new QListWidget(this)),
      m_allowedTimes(new AvailabilityEditor(this))
{
    setObjectName(u"sessionDialog"_s);
    m_title->setObjectName(u"sessionTitleEdit"_s);
    m_abstract->setTabChangesFocus(true);
    m_abstract->setMaximumHeight(80);
    for (SessionType t : {SessionType::Talk, SessionType::Workshop, SessionType::Keynote, SessionType::Panel,
                          SessionType::Break, SessionType::Other})
        m_type->addItem(sessionTypeDisplayName(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(session.type)));
    m_duration->setObjectName(u"sessionDurationSpin"_s);
    m_duration->setRange(1, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(session.durationMinutes);
    m_track->addItem(tr("(no track)"), QUuid());
    for (const Track &t : context.tracks)
        m_track->addItem(t.name, t.meta.id);
    m_track->setCurrentIndex(qMax(0, m_track->findData(session.trackId)));
    m_room->setObjectName(u"sessionRoomCombo"_s);
    m_room->addItem(tr("(no room)"), QUuid());
    for (const Room &r : context.rooms)
        m_room->addItem(tr("%1 (%n seats)", nullptr, r.capacity).arg(r.name), r.meta.id);
    m_room->setCurrentIndex(qMax(0, m_room->findData(session.roomId)));
    m_scheduled->setObjectName(u"sessionScheduledCheck"_s);
    m_scheduled->setChecked(session.start.isValid());
    m_start->setObjectName(u"sessionStartEdit"_s);
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_start->setDateTime(session.start.isValid()
                             ? toWallTime(session.start, m_zone)
                             : QDateTime(context.event.startDate, context.event.dayStart, QTimeZone::utc()));
    m_start->setEnabled(m_scheduled->isChecked());
    m_speakerFilter->setPlaceholderText(tr("Filter speakers…"));
    m_speakerFilter->setClearButtonEnabled(true);
    m_speakers->setObjectName(u"sessionSpeakerList"_s);
    m_speakers->setMinimumHeight(110);
    for (const Speaker &s : context.speakers) {
        auto *item = new QListWidgetItem(
            s.organisation.isEmpty() ? s.name : s.name + u" · "_s + s.organisation, m_speakers);
        item->setData(Qt::UserRole, s.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(session.speakerIds.contains(s.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_attendance->setRange(0, 1000000);
    m_attendance->setValue(session.expectedAttendance);
    m_pinned->setChecked(session.pinned);
    m_allowedRooms->setObjectName(u"sessionAllowedRoomList"_s);
    m_allowedRooms->setMaximumHeight(120);
    m_allowedRooms->setToolTip(tr("The rooms this session may use; none checked: any room"));
    for (const Room &r : context.rooms) {
        auto *item = new QListWidgetItem(r.name, m_allowedRooms);
        item->setData(Qt::UserRole, r.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(session.allowedRoomIds.contains(r.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_allowedTimes->setObjectName(u"sessionAllowedTimesEditor"_s);
    m_allowedTimes->setToolTip(tr("When this session may take place; no window: any time"));
    m_allowedTimes->setWindows(session.allowedTimes, m_zone,
                               QDateTime(context.event.startDate, context.event.dayStart, m_zone));

    auto *when = new QHBoxLayout;
    when->addWidget(m_scheduled);
    when->addWidget(m_start, 1);
    auto *speakers = new QVBoxLayout;
    speakers->addWidget(m_speakerFilter);
    speakers->addWidget(m_speakers);
    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("A&bstract:"), m_abstract);
    form()->addRow(tr("T&ype:"), m_type);
    form()->addRow(tr("&Duration:"), m_duration);
    form()->addRow(tr("&Language:"), m_language);
    form()->addRow(tr("Trac&k:"), m_track);
    form()->addRow(tr("&Room:"), m_room);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_scheduled);
    form()->addRow(startLabel, when);
    auto *speakersLabel = new QLabel(tr("S&peakers:"), this);
    speakersLabel->setBuddy(m_speakerFilter);
    form()->addRow(speakersLabel, speakers);
    form()->addRow(tr("E&xpected attendance:"), m_attendance);
    form()->addRow(QString(), m_pinned);
    form()->addRow(tr("Ta&gs:"), m_tags);
    auto *allowedRoomsLabel = new QLabel(tr("Allo&wed rooms:"), this);
    allowedRoomsLabel->setBuddy(m_allowedRooms);
    form()->addRow(allowedRoomsLabel, m_allowedRooms);
    auto *allowedTimesLabel = new QLabel(tr("Allowed t&imes:"), this);
    allowedTimesLabel->setBuddy(m_allowedTimes);
    form()->addRow(allowedTimesLabel, m_allowedTimes);

    connect(m_scheduled, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_speakerFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_speakers->count(); ++i)
            m_speakers->item(i)->setHidden(!m_speakers->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_title, &QLineEdit::textChanged, this, &SessionDialog::revalidate);
    connect(m_scheduled, &QCheckBox::toggled, this, &SessionDialog::revalidate);
    connect(m_room, &QComboBox::currentIndexChanged, this, &SessionDialog::revalidate);
    connect(m_allowedTimes, &AvailabilityEditor::changed, this, &SessionDialog::revalidate);
    resize(560, 840);
}

Session SessionDialog::values() const
{
    Session s = m_session;
    s.title = m_title->text().trimmed();
    s.abstract = m_abstract->toPlainText();
    s.type = SessionType(m_type->currentData().toInt());
    s.durationMinutes = m_duration->value();
    s.language = m_language->text().trimmed();
    s.trackId = m_track->currentData().toUuid();
    s.roomId = m_room->currentData().toUuid();
    s.start = m_scheduled->isChecked() ? fromWallTime(m_start->dateTime(), m_zone) : QDateTime();
    s.speakerIds.clear();
    for (int i = 0; i < m_speakers->count(); ++i)
        if (m_speakers->item(i)->checkState() == Qt::Checked)
            s.speakerIds.append(m_speakers->item(i)->data(Qt::UserRole).toUuid());
    s.expectedAttendance = m_attendance->value();
    s.pinned = m_pinned->isChecked();
    s.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            s.tags.append(tag.trimmed());
    // The list edits the event's rooms; an allowed room it does not show stays. The order is kept.
    QList<QUuid> listed, checked;
    for (int i = 0; i < m_allowedRooms->count(); ++i) {
        const QUuid id = m_allowedRooms->item(i)->data(Qt::UserRole).toUuid();
        listed.append(id);
        if (m_allowedRooms->item(i)->checkState() == Qt::Checked)
            checked.append(id);
    }
    QList<QUuid> allowed;
    for (const QUuid &id : m_session.allowedRoomIds)
        if (!listed.contains(id) || checked.contains(id))
            allowed.append(id);
    for (const QUuid &id : std::as_const(checked))
        if (!allowed.contains(id))
            allowed.append(id);
    s.allowedRoomIds = allowed;
    s.allowedTimes = m_allowedTimes->windows();
    return s;
}

} // namespace EventDesk
