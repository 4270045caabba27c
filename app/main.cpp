#include "app/application.h"
#include "app/clioptions.h"
#include "app/signalhandler.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
#ifdef UNILOAD_WITH_GUI
    const bool guiAvailable = true;
#else
    const bool guiAvailable = false;
#endif
    // The application class must be chosen before it exists (qt64-notes.md §5.1); until the
    // desktop console is part of the build every mode runs on QCoreApplication.
    std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("uni-load"));
    QCoreApplication::setOrganizationName(QStringLiteral("uni-load"));
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
    ul::CliOptions cli = options.value();
    cli.headless = true;

    ul::Application application(cli);
    if (const int code = application.start(); code != 0)
        return code;
    ul::installQuitOnSignals(app.get());
    QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &application, &ul::Application::stop);
    return app->exec();
}
