#include "ui/screenshot.h"

#include "core/engine/engine.h"
#include "ui/mainwindow.h"
#include "ui/pages/modelspage.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>

#include <algorithm>

namespace ul {

PageScreenshot::PageScreenshot(MainWindow *window, Engine *engine, QString pageId, QString file, QObject *parent)
    : QObject(parent), m_window(window), m_engine(engine), m_pageId(std::move(pageId)), m_file(std::move(file))
{
    m_readyTimeout.setSingleShot(true);
    m_readyTimeout.setInterval(5000);
    connect(&m_readyTimeout, &QTimer::timeout, this, &PageScreenshot::engineReady);
}

void PageScreenshot::setTimeouts(int readyTimeoutMs, int settleMs)
{
    m_readyTimeout.setInterval(readyTimeoutMs);
    m_settleMs = settleMs;
}

void PageScreenshot::setWaitForOnboarding(bool wait)
{
    m_waitForOnboarding = wait;
    if (wait && m_readyTimeout.interval() < 60000)
        m_readyTimeout.setInterval(60000);
}

void PageScreenshot::start()
{
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->resize(kWindowSize);
    m_window->show();
    m_window->showPage(m_pageId);
    // Ready: started, and every configured instance checked once (a page full of "not checked
    // yet" says little); the timeout bounds the wait for unreachable instances.
    const auto settled = [wait = m_waitForOnboarding](const EngineSnapshot &snapshot) {
        const bool checked = snapshot.ready && std::all_of(snapshot.instances.cbegin(), snapshot.instances.cend(),
                                                           [](const InstanceView &i) { return i.checked; });
        if (!checked || !wait)
            return checked;
        const bool onboarded = !snapshot.sites.isEmpty() && std::all_of(snapshot.sites.cbegin(), snapshot.sites.cend(),
                                                                         [](const SiteView &s) { return s.siteGroups > 0; });
        const bool idle = std::all_of(snapshot.jobs.cbegin(), snapshot.jobs.cend(), [](const JobView &j) { return j.isFinished(); });
        // The demo checks its channels once after onboarding: the health page shows that check.
        const bool healthChecked = !snapshot.channelHealth.enabled || snapshot.channelHealth.lastRun.isValid();
        return onboarded && idle && healthChecked && snapshot.layers.aggregateGroups > 0;
    };
    if (m_engine && !settled(m_engine->snapshot())) {
        connect(m_engine, &Engine::snapshotChanged, this, [this, settled](const EngineSnapshot &snapshot) {
            if (settled(snapshot))
                engineReady();
        });
        m_readyTimeout.start();
        return;
    }
    engineReady();
}

void PageScreenshot::engineReady()
{
    if (m_rendering)
        return;
    m_rendering = true;
    m_readyTimeout.stop();
    // Pages ask the engine for stored settings and the journal when they are built; give those
    // answers (and a first instance check on loopback) a moment to arrive.
    QTimer::singleShot(m_settleMs, this, &PageScreenshot::render);
}

void PageScreenshot::render()
{
    m_window->resize(kWindowSize);
    // The models page shows the model served by the most sites: the spreading this tool is for.
    if (auto *models = qobject_cast<ModelsPage *>(m_window->page(m_pageId))) {
        const QList<ModelRow> &rows = models->matrixModel()->rows();
        const auto widest = std::max_element(rows.cbegin(), rows.cend(), [](const ModelRow &a, const ModelRow &b) {
            return a.activeMembers() < b.activeMembers();
        });
        if (widest != rows.cend())
            models->selectModel(widest->model);
    }
    // The new size and selection lay out and fit their columns on the next event-loop turns.
    QTimer::singleShot(50, this, &PageScreenshot::grabAndSave);
}

void PageScreenshot::grabAndSave()
{
    const QPixmap pixmap = m_window->grab();
    const QString path = QFileInfo(m_file).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        emit finished(1, QStringLiteral("cannot write the screenshot %1").arg(path));
        return;
    }
    emit finished(0, QStringLiteral("wrote %1 (%2, %3x%4)").arg(path, m_pageId, QString::number(pixmap.width()), QString::number(pixmap.height())));
}

} // namespace ul
