#include "speakerdialog.h"

#include "availabilityeditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace EventDesk
{

SpeakerDialog::SpeakerDialog(const Speaker &speaker, const QTimeZone &zone, const QDateTime &eventStart,
                             QWidget *parent)
    : RecordDialog(speaker.meta.revision == 0 ? tr("New speaker") : tr("Edit speaker"), parent),
      m_speaker(speaker), m_name(new QLineEdit(speaker.name, this)),
      m_email(new QLineEdit(speaker.email, this)), m_organisation(new QLineEdit(speaker.organisation, this)),
      m_bio(new QPlainTextEdit(speaker.bio, this)), m_availability(new AvailabilityEditor(this))
{
    setObjectName(u"speakerDialog"_s);
    m_name->setObjectName(u"speakerNameEdit"_s);
    m_email->setObjectName(u"speakerEmailEdit"_s);
    m_bio->setTabChangesFocus(true);
    m_bio->setMaximumHeight(80);
    m_availability->setWindows(speaker.availability, zone, eventStart);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Email:"), m_email);
    form()->addRow(tr("&Organisation:"), m_organisation);
    form()->addRow(tr("&Bio:"), m_bio);
    form()->addRow(tr("A&vailable:"), m_availability);
    for (QLineEdit *edit : {m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &SpeakerDialog::revalidate);
    connect(m_availability, &AvailabilityEditor::changed, this, &SpeakerDialog::revalidate);
}

Speaker SpeakerDialog::values() const
{
    Speaker s = m_speaker;
    s.name = m_name->text().trimmed();
    s.email = m_email->text().trimmed();
    s.organisation = m_organisation->text().trimmed();
    s.bio = m_bio->toPlainText();
    s.availability = m_availability->windows();
    return s;
}

} // namespace EventDesk
