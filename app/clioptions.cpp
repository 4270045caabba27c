#include "app/clioptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include <cstring>

namespace ul {

bool argvRequestsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

bool argvNeedsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (arg[0] != '-')
            continue;
        arg += arg[1] == '-' ? 2 : 1;
        for (const char *flag : {"headless", "check", "help", "h", "version", "v"}) {
            if (std::strcmp(arg, flag) == 0)
                return true;
        }
    }
    return false;
}

Result<CliOptions> parseCommandLine(const QStringList &args, bool guiAvailable)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "uni-load: onboards AI API sites into gpt-load and uni-api and keeps them current.\n"
        "\n"
        "Settings come from the environment, then .env.local and .env in the config directory\n"
        "(PORT, UNI_API_YAML_PATH, MODEL_SYNC_INTERVAL …; see the README). The config directory is\n"
        "--config-dir, else the working directory when it holds an instance file or a .env with\n"
        "uni-load settings, else ~/.config/uni-load; the data directory (uni-load.db, logs/) is\n"
        "--data-dir, else the config directory when it was chosen, else ~/.local/share/uni-load.\n"
        "Exit codes: 0 stopped normally, 1 runtime failure, 2 configuration or command-line error."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version and exit."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run without a window: serve the HTTP API and the web console."));
    const QCommandLineOption minimized(QStringLiteral("minimized"), QStringLiteral("Start in the system tray."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Run against a built-in simulated gpt-load and AI sites."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Check the configuration, every gpt-load instance and uni-api, print what "
                                                  "is wrong and exit: 0 fine, 1 something it needs does not answer or a port "
                                                  "is taken, 2 a configuration error. Changes nothing."));
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QStringLiteral("Directory with .env, the instance file and api-token."), QStringLiteral("dir"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory for logs/ and uni-load.db."), QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("HTTP API port (PORT, default 3002; 0 = any free port)."),
                                  QStringLiteral("port"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("HTTP API bind address (default 127.0.0.1)."), QStringLiteral("address"));
    const QCommandLineOption webRoot(QStringLiteral("web-root"),
                                     QStringLiteral("Serve this directory at / instead of the built-in web console."), QStringLiteral("dir"));
    QList<QCommandLineOption> all{help, version, headless, minimized, demo, check, configDir, dataDir, port, listen, webRoot};
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render a page to a PNG file and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to open first, or to render with --screenshot (default: dashboard)."),
                                  QStringLiteral("name"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN or en."),
                                  QStringLiteral("language"));
    if (guiAvailable)
        all << screenshot << page << lang;
    parser.addOptions(all);

    CliOptions out;
    out.helpText = parser.helpText();
    if (!parser.parse(args))
        return Error::validation(QStringLiteral("command line"), parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return Error::validation(QStringLiteral("command line"),
                                 QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    out.showHelp = parser.isSet(help);
    out.showVersion = parser.isSet(version);
    out.headless = parser.isSet(headless) || !guiAvailable;
    out.minimized = parser.isSet(minimized);
    out.demo = parser.isSet(demo);
    out.check = parser.isSet(check);
    // The check reads the operator's own configuration (with --headless: as the service uses it).
    if (out.check) {
        QList<const QCommandLineOption *> refused{&demo, &minimized, &webRoot};
        if (guiAvailable)
            refused << &screenshot << &page << &lang;
        for (const QCommandLineOption *option : std::as_const(refused)) {
            if (parser.isSet(*option)) {
                const QString name = QStringLiteral("--") + option->names().constFirst();
                return Error::validation(name, QStringLiteral("%1 cannot be combined with --check").arg(name));
            }
        }
    }
    // An option given with an empty value (`--config-dir "$UNSET"`) must not fall back to the
    // default directory: the operator meant some other one.
    for (const QCommandLineOption *option : {&configDir, &dataDir, &webRoot}) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty()) {
            const QString name = QStringLiteral("--") + option->names().constFirst();
            return Error::validation(name, QStringLiteral("%1: the value is empty").arg(name));
        }
    }
    out.configDir = parser.value(configDir);
    out.dataDir = parser.value(dataDir);
    out.webRoot = parser.value(webRoot);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p > 65535)
            return Error::validation(QStringLiteral("--port"),
                                     QStringLiteral("--port: '%1' is not a port number (0-65535)").arg(parser.value(port)));
        out.port = static_cast<quint16>(p);
    }
    if (parser.isSet(listen)) {
        out.listen = parser.value(listen).trimmed();
        QHostAddress address;
        if (out.listen != QLatin1String("localhost") && !address.setAddress(out.listen))
            return Error::validation(QStringLiteral("--listen"),
                                     QStringLiteral("--listen: '%1' is not an IP address").arg(out.listen));
    }
    // Options of the window given to a run without one would be silently ignored.
    if (out.minimized && out.headless)
        return Error::validation(QStringLiteral("--minimized"),
                                 guiAvailable ? QStringLiteral("--minimized is an option of the desktop console (not --headless)")
                                              : QStringLiteral("--minimized needs the desktop console, which this build does not have"));
    if (guiAvailable) {
        out.screenshotFile = parser.value(screenshot);
        out.screenshotPage = parser.value(page);
        out.language = parser.value(lang);
        if (!out.language.isEmpty() && out.language != QLatin1String("zh_CN") && out.language != QLatin1String("en"))
            return Error::validation(QStringLiteral("--lang"), QStringLiteral("--lang: use zh_CN or en"));
        if (!out.screenshotFile.isEmpty() && out.headless)
            return Error::validation(QStringLiteral("--screenshot"), QStringLiteral("--screenshot needs the GUI (not --headless)"));
        if (parser.isSet(headless)) {
            for (const QCommandLineOption *option : {&page, &lang}) {
                if (parser.isSet(*option)) {
                    const QString name = QStringLiteral("--") + option->names().constFirst();
                    return Error::validation(name, QStringLiteral("%1 is an option of the desktop console (not --headless)").arg(name));
                }
            }
        }
    }
    return out;
}

} // namespace ul
