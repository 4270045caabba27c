#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>

namespace ul {

class ApiServer;

// Counts the requests an ApiServer answered, by method and status, for /metrics. Lives in the
// server's thread and listens to its requestFinished signal.
class ApiTrafficStats final : public QObject
{
    Q_OBJECT

public:
    explicit ApiTrafficStats(QObject *parent = nullptr) : QObject(parent) {}

    void watch(ApiServer *server);
    void record(const QString &method, int status, qint64 elapsedMs);

    struct Row
    {
        qint64 count = 0;
        double totalSeconds = 0;
    };
    // (method, status) → count and summed duration.
    const QHash<QPair<QString, int>, Row> &rows() const { return m_rows; }

private:
    QHash<QPair<QString, int>, Row> m_rows;
};

} // namespace ul
