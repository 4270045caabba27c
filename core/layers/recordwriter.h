#pragma once

#include "core/common/result.h"
#include "core/layers/plan.h"
#include "core/store/records.h"

#include <QHash>
#include <QString>

namespace ul {

class StateStore;

// Applies RecordPatch values to the state store as the executor's steps succeed. Records are
// addressed by name; an in-memory index (loaded once per run) resolves names to ids.
class RecordWriter final
{
public:
    explicit RecordWriter(StateStore *store);

    Status load();
    // `producedGroupId`: the gpt-load id the operation created or adopted (0 = none).
    Status apply(const RecordPatch &patch, quint64 producedGroupId);

private:
    Status upsertL2(L2Record record, quint64 producedGroupId);
    Status upsertL3(L3Record record, quint64 producedGroupId);
    Status removeSiteGroup(const QString &name);

    StateStore *m_store;
    QHash<QString, L2Record> m_l2;
    QHash<QString, L3Record> m_l3;
    QHash<QString, SiteGroupRecord> m_siteGroups;
};

} // namespace ul
