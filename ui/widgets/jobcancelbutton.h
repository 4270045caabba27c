#pragma once

#include <QList>
#include <QPushButton>

namespace ul {

class JobTracker;

// The Cancel of a page's running operation: shown while one of its trackers follows a job, it
// asks that job to stop after its current step (what is done so far stays) and stays disabled
// until that job ends. The page says "cancelling" on cancelRequested() and reports the outcome
// as it reports any end of the operation.
class JobCancelButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobCancelButton)

public:
    explicit JobCancelButton(QWidget *parent = nullptr);

    void addTracker(JobTracker *tracker);

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void cancelActive();

    QList<JobTracker *> m_trackers;
};

} // namespace ul
