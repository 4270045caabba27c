#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace ul::test {

// Seeded random input for the fuzz harnesses. The seed comes from UNILOAD_FUZZ_SEED (decimal)
// when set, else a fixed default, so a CI run is reproducible and a failure is replayed with
// the seed the harness prints. UNILOAD_FUZZ_SCALE (a factor, default 1) scales iteration counts
// for longer local runs.
class FuzzInput final
{
public:
    explicit FuzzInput(const char *harness, quint32 defaultSeed = 20261126);

    quint32 seed() const { return m_seed; }
    QRandomGenerator &rng() { return m_rng; }
    // An iteration count or time budget scaled by UNILOAD_FUZZ_SCALE.
    static int scaled(int base);

    int below(int bound) { return bound <= 0 ? 0 : int(m_rng.bounded(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    // Byte-level mutations of a valid input: flips, deletions, duplications, insertions of
    // syntax characters and odd bytes, truncation, splicing. 1–`maxSteps` steps.
    QByteArray mutate(QByteArray bytes, int maxSteps = 6);
    // Line-level mutations (yaml/env): duplicate, drop, swap, re-indent, join lines.
    QByteArray mutateLines(const QByteArray &bytes);
    // A random JSON value of any type, nested at most `depth` levels.
    QJsonValue jsonValue(int depth = 3);
    // Strings that break naive parsers: empty, huge, control characters, NUL, invalid UTF-8
    // turned into QString, RTL marks, path tricks, SQL and YAML specials, very long numbers.
    QString oddString();
    QByteArray oddBytes();
    // Numbers at the edges: 0, -1, huge, fractional, NaN-like extremes of JSON doubles.
    double oddNumber();

private:
    quint32 m_seed;
    QRandomGenerator m_rng;
};

// Stops a harness after its time budget even when the iteration count is not reached (a slow
// machine or a sanitizer build); the iteration count keeps normal runs deterministic. Both are
// scaled by UNILOAD_FUZZ_SCALE.
class FuzzBudget final
{
public:
    FuzzBudget(int iterations, int maxMs);
    bool next();
    int done() const { return m_done; }

private:
    QElapsedTimer m_timer;
    int m_iterations;
    int m_maxMs;
    int m_done = 0;
};

} // namespace ul::test
