#pragma once

#include <QList>
#include <QPointer>
#include <QPushButton>

namespace ul {

class JobTracker;
class StatusLabel;

// The Cancel of a page's running operation: shown while one of its trackers follows a job, it
// asks that job to stop after its current step (what is done so far stays) and stays disabled
// until that job ends. It says "cancelling" (or why the engine refused) in the page's status
// line; the page reports the outcome as it reports any end of the operation.
class JobCancelButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobCancelButton)

public:
    explicit JobCancelButton(QWidget *parent = nullptr);

    void addTracker(JobTracker *tracker);
    void reportTo(StatusLabel *status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void cancelActive();

    QList<JobTracker *> m_trackers;
    QPointer<StatusLabel> m_status;
};

} // namespace ul
