#include "ui/widgets/jobcancelbutton.h"

#include "ui/common/errortext.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/statuslabel.h"

#include <QEvent>

#include <algorithm>

namespace ul {

JobCancelButton::JobCancelButton(QWidget *parent) : QPushButton(parent)
{
    setObjectName(QStringLiteral("cancelJob"));
    setVisible(false);
    connect(this, &QPushButton::clicked, this, &JobCancelButton::cancelActive);
    retranslate();
}

void JobCancelButton::addTracker(JobTracker *tracker)
{
    m_trackers.append(tracker);
    connect(tracker, &JobTracker::activeChanged, this, &JobCancelButton::refresh);
    // The engine refused (the job ended meanwhile): the end arrives as usual; try again meanwhile.
    connect(tracker, &JobTracker::cancelFailed, this, [this](const QString &message) {
        setEnabled(true);
        if (m_status)
            m_status->showStatus([message] { return ErrorText::translate(message); }, true);
    });
    refresh();
}

void JobCancelButton::reportTo(StatusLabel *status)
{
    m_status = status;
}

void JobCancelButton::refresh()
{
    const bool running = std::any_of(m_trackers.cbegin(), m_trackers.cend(), [](const JobTracker *t) { return t->isActive(); });
    if (running && isHidden())
        setEnabled(true);  // a new job: its own Cancel
    setVisible(running);
}

void JobCancelButton::cancelActive()
{
    for (JobTracker *tracker : std::as_const(m_trackers)) {
        if (tracker->isActive()) {
            setEnabled(false);
            if (m_status)
                m_status->showStatus([] { return tr("Cancelling after the current step…"); });
            tracker->cancel();
            return;
        }
    }
}

void JobCancelButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void JobCancelButton::retranslate()
{
    setText(tr("Cancel"));
    setToolTip(tr("Stop the running operation after its current step; what is done so far stays"));
}

} // namespace ul
