#pragma once

#include <QObject>
#include <QSize>
#include <QTimer>

namespace ul {

class Engine;
class MainWindow;

// `uni-load --screenshot FILE --page NAME`: once the engine is ready and has checked every
// instance once (or after a timeout of 5 s), shows the page at 1200×760, lets pending engine
// answers arrive, renders the window to a PNG and reports the exit code (0, or 1 when the file
// cannot be written). With --demo it also waits for the demo's first onboarding (every site
// has its groups and no job is queued or running; at most 60 s), so the pages show real data.
class PageScreenshot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageScreenshot)

public:
    static constexpr QSize kWindowSize{1200, 760};

    PageScreenshot(MainWindow *window, Engine *engine, QString pageId, QString file, QObject *parent = nullptr);

    void setTimeouts(int readyTimeoutMs, int settleMs);
    // Also wait until a site is onboarded and the engine is idle (for --demo).
    void setWaitForOnboarding(bool wait);
    void start();

signals:
    void finished(int exitCode, const QString &message);

private:
    void engineReady();
    void render();
    void grabAndSave();

    MainWindow *m_window;
    Engine *m_engine;
    QString m_pageId;
    QString m_file;
    QTimer m_readyTimeout;
    int m_settleMs = 400;
    bool m_waitForOnboarding = false;
    bool m_rendering = false;
};

} // namespace ul
