#pragma once

#include "assistant/schedulereview.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace EventDesk
{
class KeyStore;
class LlmClient;
class StorageWorker;
class StructuredCall;

// The schedule review in the assistant dock: Review computes the findings the program can (conflicts,
// rooms too small, sessions without speakers or rooms, unscheduled sessions, gaps, speakers over their
// availability) and shows them at once; then, when "Ask the model too" is on and a profile is set up, the
// model adds what it finds, marked as from the model (findings naming records that do not exist are
// dropped with a note). Activating a finding emits recordActivated with its item. Nothing is written.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(StorageWorker &worker, QWidget *parent = nullptr);
    ~ReviewPanel() override;
    // The window's client (its response cache and network); not owned. Unset: a client of its own.
    void setClient(LlmClient *client);

    void setEvent(const QUuid &eventId);
    const QList<ReviewFinding> &findings() const { return m_findings; }
    bool isRunning() const { return m_running; }

public slots:
    void review();
    void cancel();

signals:
    void recordActivated(const QString &kind, const QUuid &id);
    void reviewFinished(bool ok);

private:
    void showFindings(const QList<ReviewFinding> &findings);
    void finish(bool ok, const QString &status);
    void onCallFinished();

    StorageWorker &m_worker;
    QUuid m_eventId;
    QList<ReviewFinding> m_findings;
    std::optional<ScheduleReview::ModelRequest> m_request;
    bool m_running = false;
    quint64 m_generation = 0;
    KeyStore *m_keys;
    StructuredCall *m_call;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QCheckBox *m_useModel;
    QLabel *m_status;
    QTreeWidget *m_list;
    QLabel *m_notes;
};

} // namespace EventDesk
