#pragma once

#include <QWidget>

namespace EventDesk
{

// One page of the Preferences: shows the stored values when made, writes them on apply() (the dialog's OK).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString title() const = 0; // translated, for the page list
    // One sentence naming what keeps the page's values from being saved; empty when they can be.
    virtual QString problem() const { return {}; }
    virtual void apply() = 0; // writes the page's values through Settings
};

} // namespace EventDesk
