#pragma once

#include "model/track.h"
#include "recorddialog.h"

class QLineEdit;

namespace EventDesk
{

class TrackDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit TrackDialog(const Track &track, QWidget *parent = nullptr);
    Track values() const;

protected:
    FieldErrors validateValues() const override { return values().validate(); }

private:
    Track m_track;
    QLineEdit *m_name;
    QLineEdit *m_color;
};

} // namespace EventDesk
