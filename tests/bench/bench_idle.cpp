// Idle headless benchmark: starts the uni-load executable (--headless) against a simulated
// gpt-load with one onboarded-nothing instance and every periodic loop off (model sync, channel
// health; instance health at its 24 h maximum), waits until it has settled, then samples its RSS
// and CPU time for N seconds and counts the gpt-load calls it made meanwhile.
//
//   bench_idle [--seconds 60] [--binary path/to/uni-load]
#include "tests/bench/benchsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

using namespace ul;
using namespace ul::bench;

namespace {

// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;  // fields 14 and 15 of stat(5)
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    double seconds = 60;
    QString binary = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/uni-load"));
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = std::max(1.0, args[i + 1].toDouble());
        else if (args[i] == QLatin1String("--binary"))
            binary = args[i + 1];
    }

    SimHost sims(SimClusterOptions{});
    QTemporaryDir dir;
    bool written = false;
    sims.run([&] { written = sims.cluster()->writeInstancesFile(dir.filePath(QStringLiteral("gptload-instances.json"))); });
    if (!sims.started() || !written) {
        std::fprintf(stderr, "cannot start the simulated gpt-load\n");
        return 1;
    }

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENABLE_MODEL_SYNC"), QStringLiteral("false"));
    env.insert(QStringLiteral("ENABLE_CHANNEL_HEALTH"), QStringLiteral("false"));
    env.insert(QStringLiteral("INSTANCE_HEALTH_INTERVAL"), QStringLiteral("86400"));
    env.insert(QStringLiteral("UNI_API_YAML_PATH"), dir.filePath(QStringLiteral("api.yaml")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary, {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--config-dir"), dir.path()});
    if (!process.waitForStarted(5000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(binary));
        return 1;
    }
    // Settled: listening, and the start-up instance check done (the simulator saw it).
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && !out.contains("listening on"))
        if (process.waitForReadyRead(100))
            out += process.readAllStandardOutput();
    QThread::msleep(2000);
    const qint64 pid = process.processId();
    sims.resetCalls();

    const double cpuStart = cpuSeconds(pid);
    long rssMin = rssKb(pid);
    long rssMax = rssMin;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < qint64(seconds * 1000) && process.state() == QProcess::Running) {
        QThread::msleep(250);
        const long rss = rssKb(pid);
        rssMin = std::min(rssMin, rss);
        rssMax = std::max(rssMax, rss);
    }
    const double wall = double(timer.elapsed()) / 1000.0;
    const double cpu = cpuSeconds(pid) - cpuStart;
    const SimCalls calls = sims.calls();
    std::printf("idle headless uni-load (%s) for %.0f s: RSS %.1f–%.1f MiB, CPU %.3f s (%.3f %%), gpt-load calls %lld\n",
                qPrintable(QFileInfo(binary).canonicalFilePath()), wall, double(rssMin) / 1024.0, double(rssMax) / 1024.0, cpu,
                100.0 * cpu / wall, static_cast<long long>(calls.management + calls.proxy));
    process.terminate();
    process.waitForFinished(10000);
    return 0;
}
