// HTTP API load benchmark: 8 concurrent keep-alive clients (own threads, blocking sockets) send
// GET /api/status to the real ApiServer + engine, first while idle, then while a 200-model site is
// onboarded against the simulated gpt-load (20 ms per management call). Prints requests/s,
// latency percentiles, gpt-load calls made per status request, and RSS before/after.
//
//   bench_api [--clients 8] [--seconds 3] [--models 200] [--latency 20] [--rounds 5]
#include "core/api/apicontext.h"
#include "core/api/apiserver.h"
#include "core/api/routes.h"
#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace ul;
using namespace ul::bench;

namespace {

const QByteArray kToken = "bench-api-token-0123456789abcdef";

struct ClientResult
{
    std::vector<qint64> latenciesNs;
    int errors = 0;
};

// One client: a keep-alive connection sending requests back to back until `stop`.
void runClient(quint16 port, const std::atomic<bool> &stop, ClientResult &out)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000)) {
        ++out.errors;
        return;
    }
    const QByteArray request = "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                               + "\r\nAuthorization: Bearer " + kToken + "\r\nConnection: keep-alive\r\n\r\n";
    QElapsedTimer timer;
    while (!stop.load(std::memory_order_relaxed)) {
        timer.start();
        socket.write(request);
        QByteArray buffer;
        qsizetype headerEnd = -1;
        qint64 contentLength = -1;
        bool ok = false;
        while (socket.waitForReadyRead(5000)) {
            buffer += socket.readAll();
            if (headerEnd < 0) {
                headerEnd = buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    continue;
                const QByteArray head = buffer.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                contentLength = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
                if (!head.startsWith("http/1.1 200")) {
                    ++out.errors;
                    return;
                }
            }
            if (buffer.size() - headerEnd - 4 >= contentLength) {
                ok = true;
                break;
            }
        }
        if (!ok) {
            ++out.errors;
            return;
        }
        out.latenciesNs.push_back(timer.nsecsElapsed());
    }
}

struct Phase
{
    double seconds = 0;
    std::vector<qint64> latencies;
    int errors = 0;
};

// Runs the clients until `keepGoing` returns false (checked while the event loop runs).
Phase runPhase(quint16 port, int clients, const std::function<bool(double)> &keepGoing)
{
    std::atomic<bool> stop{false};
    std::vector<ClientResult> results(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    QElapsedTimer timer;
    timer.start();
    std::atomic<int> finished{0};
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([port, &stop, &finished, &result = results[static_cast<size_t>(i)]] {
            runClient(port, stop, result);
            ++finished;
        });
    }
    while (keepGoing(double(timer.elapsed()) / 1000.0))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    stop = true;
    // The server lives in this thread: keep serving until every client has had its last answer.
    while (finished.load() < clients)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    for (auto &t : threads)
        t.join();
    Phase p;
    p.seconds = double(timer.elapsed()) / 1000.0;
    for (const ClientResult &r : results) {
        p.latencies.insert(p.latencies.end(), r.latenciesNs.begin(), r.latenciesNs.end());
        p.errors += r.errors;
    }
    std::sort(p.latencies.begin(), p.latencies.end());
    return p;
}

double percentileMs(const std::vector<qint64> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(q * double(sorted.size())));
    return double(sorted[index]) / 1e6;
}

void print(const char *label, const Phase &p, qint64 upstreamCalls)
{
    std::printf("%-18s %8zu req %8.0f req/s  p50 %6.3f ms  p99 %6.3f ms  max %7.3f ms  errors %d  gpt-load calls by "
                "status requests %lld\n",
                label, p.latencies.size(), double(p.latencies.size()) / p.seconds, percentileMs(p.latencies, 0.50),
                percentileMs(p.latencies, 0.99), p.latencies.empty() ? 0.0 : double(p.latencies.back()) / 1e6, p.errors,
                static_cast<long long>(upstreamCalls));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    int clients = 8;
    double idleSeconds = 3;
    int models = 200;
    int latencyMs = 20;
    int rounds = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--clients"))
            clients = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--seconds"))
            idleSeconds = std::max(0.5, args[i + 1].toDouble());
        else if (args[i] == QLatin1String("--models"))
            models = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--latency"))
            latencyMs = std::max(0, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(0, args[i + 1].toInt());
    }

    SimClusterOptions options;
    options.instanceOptions.apiLatencyMs = latencyMs;
    SimHost sims(options);
    SimAiSiteOptions siteOptions;
    siteOptions.name = QStringLiteral("bench-site");
    siteOptions.models = benchModelNames(models);
    SimAiSite *site = sims.started() ? sims.addSite(siteOptions) : nullptr;
    EngineHost host(sims);
    if (!site || !host.ready()) {
        std::fprintf(stderr, "cannot start the simulated cluster or the engine\n");
        return 1;
    }
    ApiServerOptions so;
    so.port = 0;
    so.token = QString::fromLatin1(kToken);
    ApiServer server(so);
    const Result<quint16> port = server.listen();
    if (!port.ok()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(port.error().message));
        return 1;
    }
    registerAllRoutes(server.router(), ApiContext{&host.engine(), &server});

    std::printf("GET /api/status, %d keep-alive clients; onboarding phase: one %d-model site, %d ms per gpt-load call\n", clients,
                models, latencyMs);
    const long rssBefore = rssKb();
    sims.resetCalls();
    const Phase idle = runPhase(port.value(), clients, [&](double t) { return t < idleSeconds; });
    print("idle", idle, sims.calls().management);

    sims.resetCalls();
    auto onboarding = onboard(host.engine(), site, siteOptions.validKeys.constFirst());
    const Phase busy = runPhase(port.value(), clients, [&](double) { return !onboarding.isFinished(); });
    const SimCalls onboardingCalls = sims.calls();
    print("during onboarding", busy, 0);
    const bool onboarded = onboarding.resultCount() > 0 && onboarding.result().ok();
    std::printf("onboarding %s in %.2f s with %lld management calls (all of them the onboarding's own)\n",
                onboarded ? "finished" : "FAILED", busy.seconds, static_cast<long long>(onboardingCalls.management));

    sims.resetCalls();
    const Phase after = runPhase(port.value(), clients, [&](double t) { return t < idleSeconds; });
    print("idle, after", after, sims.calls().management);
    std::printf("RSS %.1f MiB before, %.1f MiB after %zu requests (peak %.1f MiB; simulator and clients included)\n",
                double(rssBefore) / 1024.0, double(rssKb()) / 1024.0, idle.latencies.size() + busy.latencies.size() + after.latencies.size(),
                double(peakRssKb()) / 1024.0);

    // Flat memory: more idle rounds against the same server; the serving path must not grow.
    QStringList samples;
    long firstRound = 0;
    size_t roundRequests = 0;
    int roundErrors = 0;
    for (int round = 0; round < rounds; ++round) {
        const Phase p = runPhase(port.value(), clients, [&](double t) { return t < idleSeconds; });
        roundRequests += p.latencies.size();
        roundErrors += p.errors;
        const long rss = rssKb();
        if (round == 0)
            firstRound = rss;
        samples.append(QString::number(double(rss) / 1024.0, 'f', 1));
    }
    if (rounds > 1) {
        std::printf("RSS after each of %d further idle rounds: %s MiB; %+.2f MiB from the first to the last over %zu requests\n",
                    rounds, qPrintable(samples.join(QStringLiteral(" "))), double(rssKb() - firstRound) / 1024.0, roundRequests);
    }
    return onboarded && idle.errors == 0 && busy.errors == 0 && roundErrors == 0 ? 0 : 2;
}
