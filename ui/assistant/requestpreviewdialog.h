#pragma once

#include <QDialog>

namespace EventDesk
{

// "What will be sent": the request's text exactly as it leaves the machine, after redaction.
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RequestPreviewDialog(const QString &requestText, const QString &profileName, QWidget *parent = nullptr);
};

} // namespace EventDesk
