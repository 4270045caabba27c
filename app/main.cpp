#include "app/application.h"
#include "app/clioptions.h"
#include "app/configcheck.h"
#include "app/signalhandler.h"

#include <QCoreApplication>
#ifdef UNILOAD_WITH_GUI
#include <QApplication>
#endif

#include <cstdio>
#include <memory>

namespace {

// Whether a window can be opened at all. On X11/Wayland systems without a display,
// constructing QApplication would abort inside the platform plugin; say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef UNILOAD_WITH_GUI
    const bool guiAvailable = true;
#else
    const bool guiAvailable = false;
#endif
    // The application class must be chosen before it exists (qt64-notes.md §5.1): the headless
    // mode, --help and --version never load a platform plugin.
    const bool windowed = guiAvailable && !ul::argvNeedsNoWindow(argc, argv) && displayAvailable();
    // Without a window nothing needs GLib's main loop: Qt's own UNIX event dispatcher serves
    // every thread with less memory (each thread's GMainContext; 0.2 MiB of the idle server).
    if (!windowed && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // Nor PCRE2's JIT: the patterns (log redaction, name rules) match short strings, microseconds
    // each when interpreted, while the JIT's compiler and code pages were 0.4 MiB of the server.
    if (!windowed && !qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    std::unique_ptr<QCoreApplication> app;
#ifdef UNILOAD_WITH_GUI
    if (windowed)
        app = std::make_unique<QApplication>(argc, argv);
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    // No organisation name: the standard locations become ~/.config/uni-load and
    // ~/.local/share/uni-load (not uni-load/uni-load).
    QCoreApplication::setApplicationName(QStringLiteral("uni-load"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNILOAD_VERSION));

    ul::Result<ul::CliOptions> options = ul::parseCommandLine(QCoreApplication::arguments(), guiAvailable);
    if (!options.ok()) {
        std::fprintf(stderr, "uni-load: %s\nTry 'uni-load --help'.\n", qPrintable(options.error().message));
        return 2;
    }
    if (options->showHelp) {
        std::printf("%s", qPrintable(options->helpText));
        return 0;
    }
    if (options->showVersion) {
        std::printf("uni-load %s\n", UNILOAD_VERSION);
        return 0;
    }
    const ul::CliOptions cli = options.value();
    if (cli.check)
        return ul::runConfigurationCheck(cli);
    if (!cli.headless && !windowed) {
        std::fprintf(stderr, "uni-load: no display to open the console on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                             "Start the server mode with 'uni-load --headless', or set QT_QPA_PLATFORM=offscreen "
                             "for --screenshot.\n");
        return 2;
    }

    // Before the start: a SIGTERM that arrives while it runs is handled once the event loop runs.
    ul::installQuitOnSignals(app.get());
    ul::Application application(cli);
    if (const int code = application.start(); code != 0)
        return code == ul::Application::kHandedOver ? 0 : code;
    QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &application, &ul::Application::stop);
    return app->exec();
}
