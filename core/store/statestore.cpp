#include "core/store/sqlutil.h"
#include "core/store/statestore.h"

#include "core/store/migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ul {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("uniload-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Settings are stored as a one-element JSON array so that scalars round-trip.
QString encodeValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeValue(const QString &text)
{
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    return a.isEmpty() ? QJsonValue() : a.first();
}
} // namespace

StateStore::StateStore() : m_connectionName(nextConnectionName()) {}

StateStore::~StateStore()
{
    close();
}

int StateStore::latestSchemaVersion()
{
    return static_cast<int>(stateStoreMigrations().size());
}

QSqlDatabase StateStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool StateStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

Status StateStore::open(const QString &path)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::io(QStringLiteral("the Qt SQLite driver is not installed (package libqt6sql6-sqlite)"));

    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::io(QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
        if (!info.exists()) {
            // Create the file owner-only before SQLite touches it: it holds secrets.
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return Error::io(QStringLiteral("cannot create state store %1: %2").arg(path, f.errorString()));
            f.close();
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    if (Status s = openConnection(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")); !s.ok())
        return s;

    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (inMemory && QByteArray(pragma).contains("journal_mode"))
            continue;
        if (Status s = exec(QString::fromLatin1(pragma)); !s.ok())
            return s;
    }
    if (Status s = migrate(); !s.ok()) {
        close();
        return s;
    }
    return {};
}

Status StateStore::openReadOnly(const QString &path)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::io(QStringLiteral("the Qt SQLite driver is not installed (package libqt6sql6-sqlite)"));
    if (!QFileInfo(path).isFile())
        return Error::notFound(QStringLiteral("no state store at %1").arg(path));
    // Without a write-ahead log beside it (no uni-load has it open) the file is read as immutable,
    // so SQLite creates no -wal and -shm files either; with one, those exist already.
    const bool walInUse = QFileInfo::exists(path + QStringLiteral("-wal"));
    const QString name = walInUse ? path : QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
    const QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY") + (walInUse ? QString() : QStringLiteral(";QSQLITE_OPEN_URI"));
    if (Status s = openConnection(name, options); !s.ok())
        return s;
    m_path = path;
    // SQLite opens any file; the first read tells a database from something else.
    QString why;
    {
        QSqlQuery probe(db());
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            why = probe.lastError().text();
    }
    if (!why.isEmpty()) {
        close();
        return Error::io(QStringLiteral("cannot read the state store %1: %2").arg(path, why));
    }
    return {};
}

Status StateStore::openConnection(const QString &path, const QString &connectOptions)
{
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        database.setDatabaseName(path);
        database.setConnectOptions(connectOptions);
        if (!database.open()) {
            const QString why = database.lastError().text();
            QSqlDatabase::removeDatabase(m_connectionName);  // `database` goes out of scope first below
            return Error::io(QStringLiteral("cannot open state store %1: %2").arg(path, why));
        }
    }
    m_path = path;
    return {};
}

void StateStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int StateStore::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status StateStore::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return Error::io(QStringLiteral("cannot read the schema version of %1").arg(m_path));
    const auto &migrations = stateStoreMigrations();
    if (current > migrations.size())
        return Error::make(ErrorKind::Validation,
                           QStringLiteral("state store %1 has schema version %2, newer than this program (%3); "
                                          "upgrade uni-load or restore a backup")
                               .arg(m_path, QString::number(current), QString::number(migrations.size())));
    for (int version = current; version < migrations.size(); ++version) {
        Status s = transaction([&]() -> Status {
            for (const QString &sql : migrations.at(version)) {
                if (Status st = exec(sql); !st.ok())
                    return st;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
        if (!s.ok())
            return s.error().withContext(QStringLiteral("migrating the state store to version %1").arg(version + 1));
    }
    return {};
}

Status StateStore::transaction(const std::function<Status()> &fn)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return Error::io(QStringLiteral("cannot begin a transaction: %1").arg(database.lastError().text()));
    Status s = fn();
    if (!s.ok()) {
        database.rollback();
        return s;
    }
    if (!database.commit()) {
        const QString why = database.lastError().text();
        database.rollback();
        return Error::io(QStringLiteral("cannot commit: %1").arg(why));
    }
    return {};
}

Status StateStore::exec(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        return sqlError(sql.left(60), q);
    return {};
}

Result<int> StateStore::deleteOlderThan(const char *table, const QDateTime &olderThan, const QString &what)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE time < ?").arg(QLatin1String(table)));
    q.addBindValue(sql::timeText(olderThan));
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(what, q);
    return q.numRowsAffected();
}

Error StateStore::sqlError(const QString &what, const QSqlQuery &query) const
{
    return Error::io(QStringLiteral("state store: %1 failed: %2").arg(what, query.lastError().text()));
}

std::optional<QJsonValue> StateStore::setting(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return decodeValue(q.value(0).toString());
}

Status StateStore::setSetting(const QString &key, const QJsonValue &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(encodeValue(value));
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving setting ") + key, q);
    return {};
}

Status StateStore::removeSetting(const QString &key)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("removing setting ") + key, q);
    return {};
}

QHash<QString, QJsonValue> StateStore::allSettings() const
{
    QHash<QString, QJsonValue> out;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), decodeValue(q.value(1).toString()));
    return out;
}

QString StateStore::secret(const QString &name) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM secrets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Status StateStore::setSecret(const QString &name, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO secrets (name, value) VALUES (?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    sql::bindNullStringsAsEmpty(q);
    if (!q.exec())
        return sqlError(QStringLiteral("saving secret ") + name, q);
    return {};
}

} // namespace ul
