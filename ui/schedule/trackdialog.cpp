#include "trackdialog.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace EventDesk
{

TrackDialog::TrackDialog(const Track &track, QWidget *parent)
    : RecordDialog(track.meta.revision == 0 ? tr("New track") : tr("Edit track"), parent), m_track(track),
      m_name(new QLineEdit(track.name, this)), m_color(new QLineEdit(track.color, this))
{
    setObjectName(u"trackDialog"_s);
    m_name->setObjectName(u"trackNameEdit"_s);
    m_color->setObjectName(u"trackColorEdit"_s);
    auto *pick = new QPushButton(tr("Choose…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_color);
    row->addWidget(pick);
    form()->addRow(tr("&Name:"), m_name);
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_color);
    form()->addRow(colorLabel, row);
    auto showColor = [this] {
        const QColor c(m_color->text());
        m_color->setStyleSheet(c.isValid() ? u"border-left: 14px solid %1;"_s.arg(c.name()) : QString());
        revalidate();
    };
    connect(m_name, &QLineEdit::textChanged, this, &TrackDialog::revalidate);
    connect(m_color, &QLineEdit::textChanged, this, showColor);
    connect(pick, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_color->text()), this);
        if (c.isValid())
            m_color->setText(c.name());
    });
    showColor();
}

Track TrackDialog::values() const
{
    Track t = m_track;
    t.name = m_name->text().trimmed();
    t.color = m_color->text().trimmed();
    return t;
}

} // namespace EventDesk
