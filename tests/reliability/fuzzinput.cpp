#include "tests/reliability/fuzzinput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>
#include <limits>

namespace ul::test {

namespace {

const QList<QByteArray> kSyntaxBytes = {
    "{", "}", "[", "]", ":", ",", "\"", "'", "`", "#", "-", "- ", "&", "*", "!", "|", ">", "%", "@",
    "=", "\\", "\\u", "\\x", "\n", "\r\n", "\r", "\t", " ", "  ", "\xff", "\xc3", "\xe2\x80\xae",
    "null", "true", "~", "1e999", "-0", "0x1F", "export ", "${A}", "$(id)", "<<", "---", "...",
};

} // namespace

FuzzInput::FuzzInput(const char *harness, quint32 defaultSeed) : m_seed(defaultSeed)
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("UNILOAD_FUZZ_SEED").toUInt(&ok);
    if (ok)
        m_seed = fromEnv;
    m_rng.seed(m_seed);
    // Printed on stderr so that a failing CI log names the seed to replay with.
    std::fprintf(stderr, "fuzz %s: seed %u (UNILOAD_FUZZ_SEED=%u reproduces)\n", harness, m_seed, m_seed);
}

int FuzzInput::scaled(int base)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("UNILOAD_FUZZ_SCALE").toDouble(&ok);
    return ok && scale > 0 ? qMax(1, int(base * scale)) : base;
}

FuzzBudget::FuzzBudget(int iterations, int maxMs)
    : m_iterations(FuzzInput::scaled(iterations)), m_maxMs(FuzzInput::scaled(maxMs))
{
    m_timer.start();
}

bool FuzzBudget::next()
{
    if (m_done >= m_iterations || m_timer.elapsed() >= m_maxMs)
        return false;
    ++m_done;
    return true;
}

QByteArray FuzzInput::mutate(QByteArray bytes, int maxSteps)
{
    const int steps = 1 + below(maxSteps);
    for (int i = 0; i < steps; ++i) {
        const int size = int(bytes.size());
        const int at = below(size + 1);
        switch (below(8)) {
        case 0:  // flip a bit
            if (size > 0)
                bytes[qMin(at, size - 1)] = char(bytes.at(qMin(at, size - 1)) ^ char(1 << below(8)));
            break;
        case 1:  // delete a run
            bytes.remove(at, 1 + below(16));
            break;
        case 2:  // duplicate a run
            bytes.insert(at, bytes.mid(below(size + 1), 1 + below(64)));
            break;
        case 3:  // insert a syntax token
            bytes.insert(at, pick(kSyntaxBytes));
            break;
        case 4:  // insert odd bytes
            bytes.insert(at, oddBytes());
            break;
        case 5:  // truncate
            bytes.truncate(at);
            break;
        case 6:  // overwrite with a random byte
            if (size > 0)
                bytes[qMin(at, size - 1)] = char(below(256));
            break;
        default:  // splice: move a run elsewhere
            if (size > 1) {
                const int from = below(size);
                const QByteArray run = bytes.mid(from, 1 + below(32));
                bytes.remove(from, run.size());
                bytes.insert(below(int(bytes.size()) + 1), run);
            }
            break;
        }
    }
    return bytes;
}

QByteArray FuzzInput::mutateLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    const int steps = 1 + below(4);
    for (int i = 0; i < steps && !lines.isEmpty(); ++i) {
        const int at = below(int(lines.size()));
        switch (below(6)) {
        case 0:
            lines.insert(at, lines.at(below(int(lines.size()))));
            break;
        case 1:
            lines.removeAt(at);
            break;
        case 2:
            lines.swapItemsAt(at, below(int(lines.size())));
            break;
        case 3:  // re-indent
            lines[at] = QByteArray(below(9), ' ') + lines.at(at).trimmed();
            break;
        case 4:  // join with the next line
            if (at + 1 < lines.size()) {
                lines[at] += lines.at(at + 1);
                lines.removeAt(at + 1);
            }
            break;
        default:
            lines[at] = mutate(lines.at(at), 2);
            break;
        }
    }
    return lines.join('\n');
}

QJsonValue FuzzInput::jsonValue(int depth)
{
    switch (below(depth > 0 ? 8 : 6)) {
    case 0:
        return QJsonValue();
    case 1:
        return chance(50);
    case 2:
        return oddNumber();
    case 3:
        return below(1000) - 10;
    case 4:
    case 5:
        return oddString();
    case 6: {
        QJsonArray array;
        const int n = below(5);
        for (int i = 0; i < n; ++i)
            array.append(jsonValue(depth - 1));
        return array;
    }
    default: {
        QJsonObject object;
        const int n = below(5);
        for (int i = 0; i < n; ++i)
            object.insert(chance(70) ? QStringLiteral("k%1").arg(below(10)) : oddString(), jsonValue(depth - 1));
        return object;
    }
    }
}

QString FuzzInput::oddString()
{
    switch (below(14)) {
    case 0:
        return QString();
    case 1:
        return QString(1000 + below(200000), QLatin1Char('a'));  // huge
    case 2:
        return QString::fromUtf8(oddBytes());
    case 3:
        return QStringLiteral("\u202e\u200b\ufeff");
    case 4:
        return QStringLiteral("../../etc/passwd");
    case 5:
        return QStringLiteral("'; DROP TABLE sites; --");
    case 6:
        return QStringLiteral("http://127.0.0.1:1/%00%2F..%2F");
    case 7:
        return QStringLiteral("https://[::1]:99999/");
    case 8:
        return QString(QChar(0)) + QStringLiteral("nul");
    case 9:
        return QStringLiteral("99999999999999999999999999999999");
    case 10:
        return QStringLiteral("sk-") + QString(40, QLatin1Char('x'));
    case 11:
        return QStringLiteral("openai");
    case 12:
        return QStringLiteral("gpt-4o");
    default:
        return QStringLiteral("x%1").arg(below(100000));
    }
}

QByteArray FuzzInput::oddBytes()
{
    switch (below(8)) {
    case 0:
        return QByteArray("\xff\xfe", 2);           // UTF-16 LE BOM
    case 1:
        return QByteArray("\xef\xbb\xbf", 3);       // UTF-8 BOM
    case 2:
        return QByteArray("\xc0\xaf", 2);           // overlong '/'
    case 3:
        return QByteArray("\xed\xa0\x80", 3);       // lone surrogate
    case 4:
        return QByteArray(1 + below(8), '\0');
    case 5:
        return QByteArray("\xf4\x90\x80\x80", 4);   // above U+10FFFF
    case 6: {
        QByteArray random;
        const int n = 1 + below(16);
        for (int i = 0; i < n; ++i)
            random.append(char(below(256)));
        return random;
    }
    default:
        return QByteArray("\x1b[31m", 5);            // terminal escape
    }
}

double FuzzInput::oddNumber()
{
    switch (below(9)) {
    case 0:
        return 0;
    case 1:
        return -1;
    case 2:
        return 1e308;
    case 3:
        return -1e308;
    case 4:
        return 2147483648.0;
    case 5:
        return 9007199254740993.0;
    case 6:
        return 0.5;
    case 7:
        return std::numeric_limits<double>::min();
    default:
        return double(below(100000)) - 50000;
    }
}

} // namespace ul::test
