#include "core/i18n/enginetemplates.h"

#include <QCoreApplication>

#include <iterator>

namespace ul {

namespace {

// Exactly as the engine writes them (core/engine, core/onboarding, core/layers, core/services),
// with the engine's "%1 thing(s)" written "%n thing(s)": %n matches a number and picks the
// plural form. A text placeholder (%1 …) is translated again, so "%n model(s), %1" also
// translates the "%n key(s)" that fills %1.
const char *const kTemplates[] = {
    // job titles
    QT_TRANSLATE_NOOP("ul::EngineText", "Onboard %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Update site group %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Reconcile the three layers"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Reconcile the three layers at startup"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Reconcile the three layers after gpt-load instance %1 came back"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Import the layout of the original uni-load"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Move adopted groups to uni-load's proxy keys"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete legacy two-layer groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Restore api.yaml from %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Set model group weights"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Rotate the proxy keys"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete every managed model group"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Recover %1 on %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Re-enable %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Disable %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Take %1 out of rotation"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete leftover temporary groups on %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Sync the model lists of every site"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "Apply %n approved model change(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Check channel health"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Clean up unreachable channels"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete %1"),
    // job steps
    QT_TRANSLATE_NOOP("ul::EngineText", "reading groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "writing api.yaml"),
    QT_TRANSLATE_NOOP("ul::EngineText", "discovering models through a temporary group on %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "writing site group %1 on %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "writing the site groups of %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "taking %1 out of rotation"),
    QT_TRANSLATE_NOOP("ul::EngineText", "putting %1 back in rotation"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "reconciling %n model(s)"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "applying %n approved change(s)"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "applying the model changes of %n site group(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no model changes to apply"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "listing the models of %n site group(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "discovering the models of %1"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "reading the groups of %n instance(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reading the groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "applying the layer plan"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reconciling the model groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "checking channels"),
    QT_TRANSLATE_NOOP("ul::EngineText", "testing sites"),
    QT_TRANSLATE_NOOP("ul::EngineText", "creating the group on %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "copying keys"),
    QT_TRANSLATE_NOOP("ul::EngineText", "repointing the model groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "deleting the old group"),
    QT_TRANSLATE_NOOP("ul::EngineText", "adding the new keys next to the old ones"),
    QT_TRANSLATE_NOOP("ul::EngineText", "removing the old keys"),
    QT_TRANSLATE_NOOP("ul::EngineText", "done"),
    // service results (the snapshot's lastResult)
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 checked: %2 healthy, %3 unhealthy, %4 inconclusive, %5 errors"),
    QT_TRANSLATE_NOOP("ul::EngineText", "removed: %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "restored: %1"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n site group(s): %1 added, %2 removed, %3 queued"),
    // journal details (core/onboarding)
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "update of %1"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n manual model(s) given"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n model(s) through the site group's proxy"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n model(s) directly from the site"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n model(s) through a temporary group"),
    QT_TRANSLATE_NOOP("ul::EngineText", "directly: %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 of %2 kept"),
    QT_TRANSLATE_NOOP("ul::EngineText", "dropped %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reason: %1"),
    // … with the engine's codes for where a name or an instance came from
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name computed"),
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name existing-site"),
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name requested"),
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name host-and-port"),
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name path-slug"),
    QT_TRANSLATE_NOOP("ul::EngineText", "base URL %1, name numbered"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reason: assignment"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reason: discovery"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reason: first-healthy"),
    QT_TRANSLATE_NOOP("ul::EngineText", "id %1, upstream %2"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n model(s), %1"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n key(s)"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n key(s) submitted in %1: %2 added, %3 already present"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n chunk(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 in the group"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n affected model(s)"),
    // plan details (core/layers)
    QT_TRANSLATE_NOOP("ul::EngineText", "hop key into the pool"),
    QT_TRANSLATE_NOOP("ul::EngineText", "maintenance: delete every managed model group"),
    QT_TRANSLATE_NOOP("ul::EngineText", "site group deleted"),
    QT_TRANSLATE_NOOP("ul::EngineText", "remove the admin key from the pool (key migration)"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%1 (%2) with %n upstream(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 via %2 → %3"),
    QT_TRANSLATE_NOOP("ul::EngineText", "set %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "upstreams %1 (%2 → %3)"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n reweighted"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%1 %n reweighted"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 (channel type %2 → %3)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "channel type %1 → %2"),
    // what a plan step did (core/layers/planexecutor_steps.cpp, layerreconciler.cpp), after " — "
    QT_TRANSLATE_NOOP("ul::EngineText", "created (id %1)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "adopted the existing group (id %1)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "adopted the existing group (id %1), set %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "nothing left to change"),
    QT_TRANSLATE_NOOP("ul::EngineText", "deleted"),
    QT_TRANSLATE_NOOP("ul::EngineText", "already gone"),
    QT_TRANSLATE_NOOP("ul::EngineText", "key added"),
    QT_TRANSLATE_NOOP("ul::EngineText", "key already there"),
    QT_TRANSLATE_N_NOOP("ul::EngineText", "%n key(s) removed"),
    QT_TRANSLATE_NOOP("ul::EngineText", "added %1, changed %2, removed %3"),
    QT_TRANSLATE_NOOP("ul::EngineText", "backup %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "unchanged"),
    // why the planner skipped a group (core/layers/planner_l2.cpp, planner_l3.cpp)
    QT_TRANSLATE_NOOP("ul::EngineText", "site group %1 is recorded on unknown instance %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "site group %1 does not exist on instance %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no healthy instance to create it on"),
    QT_TRANSLATE_NOOP("ul::EngineText", "instance %1 is unreachable; not checked"),
    QT_TRANSLATE_NOOP("ul::EngineText", "deletion deferred: the layer-3 group of %1 could not be checked"),
    QT_TRANSLATE_NOOP("ul::EngineText", "deletion deferred: instance %1 is unreachable"),
    QT_TRANSLATE_NOOP("ul::EngineText", "its site group is being deleted"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no longer a member of %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "kept until its model-channel groups on unreachable instances are deleted"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no model-channel group is available yet"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no member can be an upstream; upstreams left as they are"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no member left for %1"),
    // store records a plan writes (core/layers/plan.cpp RecordPatch::describe)
    QT_TRANSLATE_NOOP("ul::EngineText", "save L2 %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "save L3 %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "pool key of %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "forget L2 %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "forget L3 %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "member %1 of %2: weight %3 (%4), %5"),
    QT_TRANSLATE_NOOP("ul::EngineText", "forget member %1 of %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 has no healthy member"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 has a healthy member again"),
    QT_TRANSLATE_NOOP("ul::EngineText", "forget site group %1"),
    // … their weight sources and member states
    QT_TRANSLATE_NOOP("ul::EngineText", "default"),
    QT_TRANSLATE_NOOP("ul::EngineText", "operator"),
    QT_TRANSLATE_NOOP("ul::EngineText", "active"),
    QT_TRANSLATE_NOOP("ul::EngineText", "disabled-by-health"),
    QT_TRANSLATE_NOOP("ul::EngineText", "disabled-by-cleanup"),
    QT_TRANSLATE_NOOP("ul::EngineText", "disabled-by-user"),
    // why a group is not imported (core/layers/adoption.cpp)
    QT_TRANSLATE_NOOP("ul::EngineText", "a group with this name was already found on another instance"),
    QT_TRANSLATE_NOOP("ul::EngineText", "sort 20 but its upstream is not a site URL"),
    QT_TRANSLATE_NOOP("ul::EngineText", "sort 20 but the name does not end in -<channel type>"),
    QT_TRANSLATE_NOOP("ul::EngineText", "sort 30 but not a <model>-via-<site group> name"),
    QT_TRANSLATE_NOOP("ul::EngineText", "its site group was not found"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no test model to tell the model name"),
    QT_TRANSLATE_NOOP("ul::EngineText", "sort 40 without model-channel or site-group upstreams"),
    QT_TRANSLATE_NOOP("ul::EngineText", "a gpt-load aggregate group"),
};

} // namespace

QList<const char *> engineTextTemplates()
{
    return QList<const char *>(std::begin(kTemplates), std::end(kTemplates));
}

} // namespace ul
