#include "app/desktopfrontend.h"

#include "app/apihost.h"
#include "core/log/categories.h"
#include "ui/apiservercontrol.h"
#include "ui/desktopconsole.h"
#include "ui/i18n/languagecontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/pagecatalog.h"
#include "ui/screenshot.h"

#include <QCoreApplication>

#include <cstdio>

namespace ul {

namespace {
// The settings page's switch, on the process's ApiHost.
class ApiHostControl final : public ApiServerControl
{
public:
    ApiHostControl(ApiHost *host, Engine *engine) : m_host(host), m_engine(engine) {}

    ApiServerStatus status() const override { return toStatus(m_host->state()); }
    ApiServerStatus setRunning(bool running) override
    {
        if (!running) {
            m_host->stop();
            return status();
        }
        return toStatus(m_host->start(m_engine));
    }

private:
    static ApiServerStatus toStatus(const ApiHostState &s) { return ApiServerStatus{s.running, s.url, s.error}; }

    ApiHost *m_host;
    Engine *m_engine;
};
} // namespace

QString DesktopFrontEnd::checkOptions(const CliOptions &cli)
{
    const QString page = cli.screenshotPage.isEmpty() && !cli.screenshotFile.isEmpty() ? QStringLiteral("dashboard") : cli.screenshotPage;
    if (!page.isEmpty() && !consolePageIds().contains(page))
        return QStringLiteral("unknown page '%1'; pages: %2").arg(page, consolePageIds().join(QStringLiteral(", ")));
    return {};
}

DesktopFrontEnd::DesktopFrontEnd(DesktopStart start, QObject *parent)
    : QObject(parent), m_start(std::move(start)), m_language(std::make_unique<LanguageController>())
{
}

// Members go in reverse order: the screenshot, then the window and tray, then the translators.
DesktopFrontEnd::~DesktopFrontEnd() = default;

void DesktopFrontEnd::start()
{
    // --lang wins for this run, then the saved choice, then the system locale.
    if (!m_start.cli.language.isEmpty())
        m_language->applyLanguage(m_start.cli.language);
    else if (const auto choice = LanguageController::parseChoice(m_start.stored.language))
        m_language->apply(*choice);
    else
        m_language->apply(LanguageController::Choice::System);
    qCInfo(lcUi).noquote() << "interface language" << m_language->activeLanguage();

    ConsoleContext context;
    context.engine = m_start.engine;
    context.config = m_start.config;
    context.language = m_language.get();
    context.log = m_start.log;
    context.demoSites = m_start.demoSites;
    if (m_start.apiHost) {
        m_apiControl = std::make_unique<ApiHostControl>(m_start.apiHost, m_start.engine);
        context.apiServer = m_apiControl.get();
    }

    DesktopConsole::Options options;
    options.startMinimized = m_start.cli.minimized || m_start.stored.startMinimized;
    const bool screenshot = !m_start.cli.screenshotFile.isEmpty();
    options.useTray = !screenshot;
    if (!screenshot)  // a screenshot has its own fixed size
        options.windowGeometry = m_start.stored.windowGeometry;
    m_console = std::make_unique<DesktopConsole>(context, options);
    connect(m_console.get(), &DesktopConsole::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);

    if (!m_start.cli.screenshotPage.isEmpty())
        m_console->window()->showPage(m_start.cli.screenshotPage);
    if (!screenshot) {
        m_console->show();
        return;
    }
    const QString page = m_start.cli.screenshotPage.isEmpty() ? QStringLiteral("dashboard") : m_start.cli.screenshotPage;
    m_screenshot = std::make_unique<PageScreenshot>(m_console->window(), m_start.engine, page, m_start.cli.screenshotFile);
    // The demo onboards its first sites once the simulated instances are healthy: show the result.
    m_screenshot->setWaitForOnboarding(m_start.cli.demo);
    connect(m_screenshot.get(), &PageScreenshot::finished, this, [](int code, const QString &message) {
        std::FILE *stream = code == 0 ? stdout : stderr;
        std::fprintf(stream, "uni-load: %s\n", qPrintable(message));
        std::fflush(stream);
        QCoreApplication::exit(code);
    });
    m_screenshot->start();
}

void DesktopFrontEnd::showConsole()
{
    if (!m_console)
        return;
    qCInfo(lcUi) << "console shown: uni-load was launched again";
    m_console->showConsole();
}

} // namespace ul
