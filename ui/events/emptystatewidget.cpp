#include "emptystatewidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

EmptyStateWidget::EmptyStateWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"emptyState"_s);
    auto *title = new QLabel(tr("This workspace has no events yet"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *hint = new QLabel(
        tr("Create an event to start planning, or load a sample conference to look around."), this);
    hint->setWordWrap(true);
    auto *newButton = new QPushButton(tr("Ne&w event"), this);
    newButton->setObjectName(u"newEventButton"_s);
    newButton->setDefault(true);
    auto *sampleButton = new QPushButton(tr("Load &sample event"), this);
    sampleButton->setObjectName(u"loadSampleButton"_s);
    connect(newButton, &QPushButton::clicked, this, &EmptyStateWidget::newEventRequested);
    connect(sampleButton, &QPushButton::clicked, this, &EmptyStateWidget::sampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    layout->setContentsMargins(48, 24, 48, 24);
}

} // namespace EventDesk
