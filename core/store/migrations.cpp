#include "core/store/migrations.h"

namespace ul {

const QList<QStringList> &stateStoreMigrations()
{
    static const QList<QStringList> migrations = {
        // 0 → 1: initial schema.
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE sites ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " name TEXT NOT NULL UNIQUE,"
                " base_url TEXT NOT NULL,"
                " stripped_suffix TEXT NOT NULL DEFAULT '',"
                " manual_models INTEGER NOT NULL DEFAULT 0,"
                " review_mode INTEGER,"
                " deep_probe INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE site_groups ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL UNIQUE,"
                " channel_type TEXT NOT NULL,"
                " instance_id TEXT NOT NULL,"
                " group_id INTEGER NOT NULL DEFAULT 0,"
                " validation_endpoint TEXT NOT NULL DEFAULT '',"
                " test_model TEXT NOT NULL DEFAULT '',"
                " test_model_override TEXT NOT NULL DEFAULT '',"
                " keys_count INTEGER NOT NULL DEFAULT 0,"
                " keys_fingerprint TEXT NOT NULL DEFAULT '',"
                " raw_models TEXT NOT NULL DEFAULT '[]',"
                " models TEXT NOT NULL DEFAULT '[]',"
                " manual_models TEXT NOT NULL DEFAULT '[]',"
                " discovered_at TEXT,"
                " discovery_source TEXT NOT NULL DEFAULT '',"
                " state TEXT NOT NULL DEFAULT 'active',"
                " state_since TEXT,"
                " state_cause TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE site_assignments (base_url TEXT PRIMARY KEY, instance_id TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE model_missing ("
                " site_group_id INTEGER NOT NULL REFERENCES site_groups(id) ON DELETE CASCADE,"
                " model TEXT NOT NULL,"
                " missing_count INTEGER NOT NULL,"
                " PRIMARY KEY (site_group_id, model))"),
            QStringLiteral(
                "CREATE TABLE l2_groups ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " name TEXT NOT NULL UNIQUE,"
                " model TEXT NOT NULL,"
                " site_group_id INTEGER NOT NULL REFERENCES site_groups(id) ON DELETE CASCADE,"
                " instance_id TEXT NOT NULL,"
                " group_id INTEGER NOT NULL DEFAULT 0,"
                " channel_type TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE l3_groups ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " name TEXT NOT NULL UNIQUE,"
                " model TEXT NOT NULL,"
                " instance_id TEXT NOT NULL,"
                " group_id INTEGER NOT NULL DEFAULT 0,"
                " channel_type TEXT NOT NULL,"
                " no_healthy_member INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE l3_members ("
                " l3_id INTEGER NOT NULL REFERENCES l3_groups(id) ON DELETE CASCADE,"
                " l2_id INTEGER NOT NULL REFERENCES l2_groups(id) ON DELETE CASCADE,"
                " weight INTEGER NOT NULL DEFAULT 1,"
                " weight_source TEXT NOT NULL DEFAULT 'default',"
                " state TEXT NOT NULL DEFAULT 'active',"
                " PRIMARY KEY (l3_id, l2_id))"),
            QStringLiteral(
                "CREATE TABLE channel_health ("
                " site_group_id INTEGER PRIMARY KEY REFERENCES site_groups(id) ON DELETE CASCADE,"
                " failures INTEGER NOT NULL DEFAULT 0,"
                " last_verdict TEXT NOT NULL DEFAULT '',"
                " last_detail TEXT NOT NULL DEFAULT '',"
                " last_check TEXT,"
                " recovery_streak INTEGER NOT NULL DEFAULT 0,"
                " next_recovery_probe TEXT,"
                " recovery_backoff_secs INTEGER NOT NULL DEFAULT 0,"
                " recovery_failures INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE health_history ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " channel TEXT NOT NULL,"
                " time TEXT NOT NULL,"
                " verdict TEXT NOT NULL,"
                " detail TEXT NOT NULL DEFAULT '',"
                " success_rate REAL NOT NULL DEFAULT -1,"
                " latency_ms INTEGER NOT NULL DEFAULT -1)"),
            QStringLiteral("CREATE INDEX health_history_channel_time ON health_history (channel, time)"),
            QStringLiteral(
                "CREATE TABLE journal ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " time TEXT NOT NULL,"
                " job_id TEXT NOT NULL DEFAULT '',"
                " kind TEXT NOT NULL DEFAULT '',"
                " op TEXT NOT NULL,"
                " instance_id TEXT NOT NULL DEFAULT '',"
                " target TEXT NOT NULL DEFAULT '',"
                " outcome TEXT NOT NULL,"
                " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TABLE sync_history ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " time TEXT NOT NULL,"
                " site TEXT NOT NULL,"
                " added TEXT NOT NULL DEFAULT '[]',"
                " removed TEXT NOT NULL DEFAULT '[]',"
                " outcome TEXT NOT NULL,"
                " error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TABLE pending_changes ("
                " site_group TEXT NOT NULL,"
                " model TEXT NOT NULL,"
                " change TEXT NOT NULL,"
                " detected_at TEXT NOT NULL,"
                " PRIMARY KEY (site_group, model))"),
            QStringLiteral(
                "CREATE TABLE cleanup_history ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " time TEXT NOT NULL,"
                " run TEXT NOT NULL)"),
        },
        // 1 → 2: remember which hop key was uploaded to each L2/L3 pool (a fingerprint), so a
        // no-op reconcile never has to list keys and a key rotation knows what to replace.
        {
            QStringLiteral("ALTER TABLE l2_groups ADD COLUMN pool_key_fp TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE l3_groups ADD COLUMN pool_key_fp TEXT NOT NULL DEFAULT ''"),
        },
        // 2 → 3: the last model listing attempt of each site group (time and error), so the
        // sites table shows when a site was last synced and why the last attempt failed. Until
        // now discovered_at was set by every successful listing: the best start value.
        {
            QStringLiteral("ALTER TABLE site_groups ADD COLUMN synced_at TEXT"),
            QStringLiteral("ALTER TABLE site_groups ADD COLUMN sync_error TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE site_groups SET synced_at = discovered_at"),
        },
    };
    return migrations;
}

} // namespace ul
