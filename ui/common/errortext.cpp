#include "ui/common/errortext.h"

#include "ui/common/texttemplates.h"

#include <iterator>

namespace ul {

namespace {

// The core's error messages, exactly as core/ writes them (core/sim and the HTTP API's own
// messages excepted). %1 … %9 are what the core fills in: field names, URLs, names, numbers, or
// another message, which is translated in turn ("site %1: %2" wraps the HTTP client's
// "%1: connection refused"). A message made of several parts joined by "; " is translated part
// by part when no template matches it whole.
const char *const kTemplates[] = {
    // site URL, keys, name and request (core/sites, core/onboarding/siterequest.cpp)
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl must be a string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl must not contain spaces or control characters"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl must start with http:// or https://"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl is not a valid URL"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl has no host name"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl must not contain a user name or password; enter API keys in the keys field"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "baseUrl must not contain a query (?…) or fragment (#…)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the API of this site lives under the version segment \"%1\"; gpt-load appends /v1 or "
                                       "/v1beta to the upstream URL, so this site cannot be proxied"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "invalid URL format"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "API keys are required when a site is configured for the first time"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 API keys given; at most %2 are accepted at once"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "API key #%1 is empty"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "API key #%1 is %2 characters long; at most %3 are allowed"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "API key #%1 contains a space, an invisible or a non-ASCII character"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "apiKey must be a string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be a list of strings"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1[%2] must be a string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown channel type '%1' (expected openai, anthropic or gemini)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "customValidationEndpoints must be an object {channelType: path}"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "customValidationEndpoints: unknown channel type '%1'"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "customValidationEndpoints.%1 must be a string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "customValidationEndpoints.%1 must be a path starting with '/'"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "operationType must be \"create\" or \"update\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 models given; at most %2 are accepted"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "targetChannelName is required when operationType is \"update\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model name is empty"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model name \"%1\" has leading or trailing spaces"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model name is longer than %1 characters"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model name contains a control character"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model name \"%1\" yields no valid gpt-load group name (it needs at least one letter or digit)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the model list is not valid JSON (%1 at offset %2)"),

    // filter rules (core/sites/filterrules.cpp, core/onboarding/filterrulesstore.cpp)
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be an array"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 must be a string or an object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 has an unknown field \"%3\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 needs a string \"value\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2: \"enabled\" must be true or false"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 has %2 entries; at most %3 are allowed"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 is empty"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 is longer than %3 characters"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 contains a control character"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 entry %2 (\"%3\") is a duplicate"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be true or false"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown field \"%1\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the stored filter rules are not a JSON object; save the rules again"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the stored filter rules are invalid (%1); save the rules again"),

    // layer settings (core/layers/layersettings.cpp, core/onboarding/sitegroupconfig.cpp)
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be an integer"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be at least %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be an object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown layer setting %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "layer settings must be an object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown layer %1 (expected l1, l2 or l3)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "stored layer settings: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "stored layer settings: %1 %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be at least %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be a JSON object"),

    // onboarding (core/onboarding)
    QT_TRANSLATE_NOOP("ul::ErrorText", "no models left after filtering: %1 model(s) found, every one dropped by the rules (see details.counts)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no healthy gpt-load instance available to create the site group"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no healthy gpt-load instance available"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no gpt-load instance answered GET /api/groups"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site group %1 lives on gpt-load instance %2, which is not healthy now"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site group %1 has no site record"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the state store or the proxy keys are not available"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site group %1 is unknown (neither recorded nor listed by a reachable gpt-load instance)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site group %1 has channel type %2, which uni-load does not manage"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "upstream of %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site group %1 has no active key to discover models with; give apiKeys"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading a key of %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model discovery failed for %1 (%2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "through gpt-load %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "directly: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "gpt-load %1 proxy of group %2: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site %1 returned an empty model list (a discovery failure, not \"no models\")"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "gpt-load %1 proxy of group %2 returned an empty model list (a discovery failure, not \"no models\")"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unable to detect a valid model API endpoint"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no client for instance %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "recording temp group %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "recording site group %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "recording %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "onboarding cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "operation cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "uni-load is shutting down"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "hoursOld must not be negative"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no site group was written"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "every site group failed; first: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the group is recorded on this instance, which is unreachable now; it is not created elsewhere"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "gpt-load reported the name as taken, but no group of that name is listed"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a group named %1 already exists with another upstream (%2); it belongs to a different site and was left alone"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance %1 is not configured"),
    // a failed step (core/onboarding/onboardingservices.cpp stepFailure) and its steps
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 on gpt-load %2 failed: %3 [gpt-load code %4]"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 on gpt-load %2 failed: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 failed: %2 [gpt-load code %3]"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 failed: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "write site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "create site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "update site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "look up site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "upload keys to site group %1"),

    // instance file (core/instances/instancefile.cpp): "instance file <path>: [<field>: ]<reason>"
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance file %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance file %1: %2: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance file %1: invalid JSON at line %2, column %3: %4"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance file %1: cannot read: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "invalid JSON at line %1, column %2: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be a JSON array of instances"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "lists no instances; at least one gpt-load instance is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "lists %1 instances; at most %2 are supported"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "file not found"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a regular file"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the file is %1 bytes; an instance file over %2 bytes is not read"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot read: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be an object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "required field is missing"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be a string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must not be empty"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be a number"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be a whole number"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be an array of URL strings"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be true or false"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be an http:// or https:// URL"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must include a host name"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "file not found: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a PEM certificate: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "duplicate id '%1' (also used by %2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "duplicate URL %1 (also used by %2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance '%1' may not use instance '%2' (%3, %4) as an upstream: an instance may only list "
                                       "instances that come after it in the file, to avoid loops"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create the directory of %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot set owner-only permissions on %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot write %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown instance %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "gpt-load rejected the admin token (HTTP %1)"),

    // settings, directories and the API token (core/config)
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be between %1 and %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be between %1 and %2 milliseconds"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be between %1 and %2 seconds"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be between %1 and %2 minutes"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "must be between %1 and %2 bytes"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "number too large"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number of milliseconds (suffixes ms, s, min, h, d are accepted)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number of seconds (suffixes ms, s, min, h, d are accepted)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number of minutes (suffixes ms, s, min, h, d are accepted)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number of milliseconds"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number of seconds"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a whole number of minutes"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a size (bytes, or a number with kb, mb or gb)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "size too large"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not a recognised boolean (true/false, 1/0, yes/no, on/off); treated as on, since only "
                                       "'false' turns a flag off in the original"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "read as off; the original uni-load reads every value but 'false' as on, so write 'false' if "
                                       "it shares this setting"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown value; using '%1' (expected one of: %2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "ignored: authentication can only be turned off on a loopback bind address (BIND_ADDRESS is %1)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "not an IP address (use e.g. 127.0.0.1, ::1, 0.0.0.0, :: or localhost)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "ignored: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 (not an http(s) origin such as http://localhost:3002)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "* (wildcards are not supported; list the origins)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1=%2 (from %3): %4"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "body must map at least one setting name to a value or null"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 cannot be changed through the HTTP API"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown setting %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be a string, number or boolean (null removes the saved value)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: enter a value, or null to remove the saved value"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no %1 directory could be determined"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 directory %2 exists but is not a directory"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create the %1 directory %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 directory %2 is not writable"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create %1 for the API token file"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot replace the empty API token file %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot replace %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot write the API token file %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot set owner-only permissions on the API token file %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the API token file %1 is not a regular file"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot read the API token file %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create log directory %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the owner of this operation was destroyed"),

    // state store (core/store)
    QT_TRANSLATE_NOOP("ul::ErrorText", "the Qt SQLite driver is not installed (package libqt6sql6-sqlite)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create directory %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create state store %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot open state store %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot read the schema version of %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "state store %1 has schema version %2, newer than this program (%3); upgrade uni-load or "
                                       "restore a backup"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "migrating the state store to version %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot begin a transaction: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot commit: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "state store: %1 failed: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site group %1 no longer exists"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the state store is not open"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving setting %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "removing setting %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving secret %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "listing sites"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving site %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting site"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "listing site groups"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting site group"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving site assignment"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving a missing-model counter"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "listing L2 groups"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving L2 group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting an L2 group"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "listing L3 groups"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving L3 group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting an L3 group"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "listing L3 members"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving an L3 member"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting an L3 member"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "appending to the journal"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading the journal"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "appending sync history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading sync history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading pending changes"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving a pending change"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "removing a pending change"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "appending cleanup history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "pruning cleanup history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading cleanup history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "listing channel health"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "saving channel health"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting channel health"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "appending health history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading health history"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "pruning health history"),

    // layers and model groups (core/layers)
    QT_TRANSLATE_NOOP("ul::ErrorText", "weight %1 is outside 1 … %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model group member %1/%2 no longer exists; reload and try again"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no gpt-load instance is reachable"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance %1 has no client"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance %1 is not available"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown site group %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the layer reconciliation was cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "none of its member groups could be created"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "gpt-load reports a group named %1 but does not list it"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 exists as a gpt-load aggregate group; not adopted"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the group id of %1 is unknown"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "importing the existing layout: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1; looking it up failed: %2"),

    // api.yaml (core/uniapi)
    QT_TRANSLATE_NOOP("ul::ErrorText", "api.yaml is being written by another process (lock %1 held by pid %2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create the lock file %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no api.yaml path is configured"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "api.yaml kept changing while it was being updated; nothing was written, try again"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "api.yaml not written: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: duplicate key \"%2\" at %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: nesting deeper than %2 levels (or a recursive alias)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: too many nodes after alias expansion"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 is not valid YAML at %2: a second document starts here; uni-api reads a file of one document"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 is not valid YAML at %2: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 could not be read: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "line %1, column %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "its end"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the new api.yaml"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the quoted string starting here is never closed"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a directive after content needs a '...' line before it"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot read %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "writing %1 failed, the file was left unchanged: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "could not replace %1 (%2); the file was left unchanged. If it is a single-file bind mount "
                                       "inside a container, switch the uni-api write mode to in-place"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot open %1 for writing: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "writing %1 in place failed: %2; the old content was written back"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "writing %1 in place failed: %2; the old content could not be written back, restore a backup"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "backup %1 cannot be restored: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "invalid layer-3 group name \"%1\" (expected [a-z0-9_-])"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "layer-3 group %1 is listed twice"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 needs an http(s) instance base URL"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 has no gateway key"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: the gateway key contains a line break"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 has no models"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 has a model without a name"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 lists model %2 twice"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no api.yaml backup named \"%1\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot create the backup folder %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot write the backup %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot read the backup %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "api.yaml cannot be edited safely: the edited file would not read back as planned (%1); "
                                       "nothing was written. Check it for an unterminated quote or an unusual layout"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the top level of api.yaml is not a mapping"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the top level of api.yaml must be a block mapping"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "refusing to write api.yaml: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "refusing to leave api.yaml without providers"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "managed provider %1 has no base_url"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "managed provider %1 has no api key string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "managed provider %1 has no model list"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "generated entry %1 does not read back as intended"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "managed provider %1 is missing from the generated text"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "providers must be a block list"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "providers entry %1 (%2) is not a mapping"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "providers entry %1 (%2) has no provider name"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "provider name %1 is used twice"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "provider name %1 contains '/' or starts with 'sk-'"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "api_keys must be a non-empty list (uni-api refuses to start without a client key)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "api_keys entry %1 (%2) needs a string `api` (quote numbers)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the top level is not a mapping"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a top-level key other than providers would change"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a provider not managed by uni-load would change"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a generated entry does not read back as one list item"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "overlapping or invalid api.yaml edits at line %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the byte order mark would change"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "line %1 of api.yaml would change although it is not a managed entry"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "could not locate the first providers entry in the text"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "could not locate providers entry %1 in the text"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "providers is an empty block list"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "could not find the ':' after the providers key"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "write `providers: []` on one line, or convert providers to block style"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "write an empty providers list as `providers:` followed by nothing"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "could not locate the providers key in the text"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "providers must be a list"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "providers is a flow list ([…]); convert providers to block style (one `- provider: …` entry per line) so it can be edited safely"),

    // gpt-load client (core/gptload): "<call>: <what went wrong>", the call being
    // "gpt-load <instance>: <METHOD> <route>" or "<METHOD> <URL>"
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: connection refused"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: connection closed by the server"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: host not found"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: connection timed out"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: network unavailable"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: TLS handshake failed: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: no answer within %2 ms"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: cancelled while queued"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: client is shutting down"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: client destroyed"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: not an http(s) URL"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: answered with HTTP %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: HTTP %2: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: route or method not supported by this gpt-load (%2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: unexpected answer, not a gpt-load JSON envelope (HTTP %2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: unexpected numeric code %2 (HTTP %3)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: unexpected answer shape (HTTP %2)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: login refused"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: answer without a data object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: unexpected answer"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: gpt-load does not know proxy group '%2' (yet)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: the task slot now shows another task (%2 on '%3'); the outcome of %4 on '%5' is unknown"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: task %2 on '%3' still running (%4/%5)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 is a gpt-load v2 server; only v1.1 to v1.4 can be managed"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot read the CA certificate file %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no PEM certificate found in %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "gpt-load call cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no network access manager"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "group entry is not a JSON object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "group entry without a numeric id and a name"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "group list is not a JSON array"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "key page without an items array"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "key test answer without a results array"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "health answer without a status field"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "settings answer is not a JSON array"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "log page without an items array"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "at least one upstream is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "upstream URL must start with http:// or https://: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "upstream weights must be ≥ 0"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "at least one upstream weight must be > 0"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown config field: '%1'"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be a boolean"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be a string"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be an integer ≥ %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "validation endpoint must be a path starting with '/'"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "group name '%1' must match ^[a-z0-9_-]{1,100}$"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "group name must match ^[a-z0-9_-]{1,100}$"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "test model is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "test model cannot be empty (gpt-load reads \"\" as unchanged)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "aggregate groups cannot have model redirect rules"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "group update without any field"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no keys to test"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "test at most %1 keys at a time (each test is a billable call)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no sub-groups to add"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: create group: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: update group %2: %3"),

    // jobs and the engine (core/engine)
    QT_TRANSLATE_NOOP("ul::ErrorText", "a %1 job is already queued or running"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "job cancelled before it started"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "job cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the job was cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the job was not queued"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the engine is not running"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the engine stopped"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown job %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no queued or running job %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "choose the hop key, the gateway key or both"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the old keys are remembered and the next rotation removes them: %1"),

    // model sync, channel health and cleanup (core/services)
    QT_TRANSLATE_NOOP("ul::ErrorText", "model sync cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model sync cancelled before reconciling"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cannot list the models of %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the group has no active key"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the stored model sync settings are not an object"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "stored setting %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "enabled must be true or false"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reviewMode must be true or false"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "removalAfterMisses must be a whole number from 1 to %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "no queued model change for %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1/%2 is both approved and rejected"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the approvals were not queued"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown model sync setting %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "siteOverrides must map site names to true, false or null"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown site %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a site's review mode must be true, false or null"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "health check cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "unknown channel %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "channel %1 has no model-channel group for model %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "instance %1 is unreachable"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: instance %2 is unreachable"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "channel %1 was disabled by the operator; only the operator re-enables it"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "siteUrl is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "cleanup cancelled"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1: the site has no base URL"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "channelNames must name at least one site group"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "none of the names is a site group: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be a list of regular expressions"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 may hold at most %2 patterns"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must contain strings"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a pattern in %1 is longer than %2 characters"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "invalid regular expression in %1 at offset %2: %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "invalid regular expression in %1: %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be a whole number"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 must be between %2 and %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "dryRun must be true or false"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 lives on instance %2, which is not configured"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 is already on the highest-priority instance"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a group named %1 already exists on %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "a group named %1 already exists on %2 and is not the one recorded for this site"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 exists neither on %2 nor on %3"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 on gpt-load '%2' (%3): %4"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "an unfinished %1 of %2 exists; run %1 again to finish it"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the unfinished %1 of %2 names an instance that is no longer configured"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "%1 is already on the lowest-priority instance"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the target instance %1 is not healthy"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the instance %1 that holds %2 is not reachable; its keys cannot be read"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "creating %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "reading the keys of %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "uploading the keys of %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "deleting the old %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the new %1 on %2 holds %3 keys, %4 were copied; the old group stays in use (run the command again)"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "repointing the model groups: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "repointing the model groups of %1 failed; the old group stays until they follow (run the command again): %2"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "restoring invalid keys: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "through the proxy: %1"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "site (the site group of the change) is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "model is required"),
    QT_TRANSLATE_NOOP("ul::ErrorText", "decision must be \"approve\" or \"reject\""),
    QT_TRANSLATE_NOOP("ul::ErrorText", "the list of decisions is empty"),
};

// Shown when no template matches: English keeps the message as it is; a translation puts the
// kind's name before it.
struct Frame
{
    const char *source;
    const char *comment;
};
const Frame kUntranslated[] = {
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an internal error (a bug or an impossible state)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a validation error (bad input)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a not-found error (unknown resource)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a conflict error (name taken, job already running)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an authentication error (HTTP 401/403)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a network error (refused, reset, DNS, TLS)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a timeout"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of gpt-load's \"too many concurrent requests\""),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a server error (HTTP 5xx)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a route this gpt-load does not have"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an answer that cannot be decoded"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an error passed on from an AI site or gpt-load"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an unavailable service (no healthy instance)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an error with nothing left to do (no models after filtering)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a file system error"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a cancelled operation"),
};
// kUntranslated[0] is Internal, in the order of ErrorKind.
static_assert(std::size(kUntranslated) == int(ErrorKind::Cancelled) + 1);

const Frame kUntranslatedUnknownKind =
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated error message of no known kind");

const TextTemplates &templates();

// A text argument: a message of its own, or several joined by "; " (the attempts of a discovery).
TextTemplates::Translation translateArgument(const QString &text)
{
    if (std::optional<TextTemplates::Translation> whole = templates().bestMatch(text))
        return *whole;
    if (!text.contains(QLatin1String("; ")))
        return {text, 0};
    TextTemplates::Translation out;
    QStringList parts = text.split(QStringLiteral("; "));
    for (QString &part : parts) {
        if (std::optional<TextTemplates::Translation> translated = templates().bestMatch(part)) {
            part = translated->text;
            out.covered += translated->covered;
        }
    }
    out.text = parts.join(ErrorText::tr("; "));
    return out;
}

const TextTemplates &templates()
{
    static const TextTemplates compiled("ul::ErrorText", QList<const char *>(std::begin(kTemplates), std::end(kTemplates)),
                                        translateArgument);
    return compiled;
}

QString untranslated(const Frame &frame, const QString &message)
{
    return ErrorText::tr(frame.source, frame.comment).arg(message);
}

std::optional<ErrorKind> kindNamed(const QString &name)
{
    for (int k = 0; k <= int(ErrorKind::Cancelled); ++k) {
        if (errorKindName(ErrorKind(k)) == name)
            return ErrorKind(k);
    }
    return std::nullopt;
}

} // namespace

QString ErrorText::translate(const Error &error)
{
    return translate(error.message, error.kind);
}

QString ErrorText::translate(const QString &message, ErrorKind kind)
{
    if (message.isEmpty())
        return message;
    if (const std::optional<QString> translated = templates().match(message))
        return *translated;
    return untranslated(kUntranslated[int(kind)], message);
}

QString ErrorText::translate(const QString &message, const QString &codeOrKind)
{
    if (const std::optional<ErrorKind> kind = kindNamed(codeOrKind))
        return translate(message, *kind);
    return translate(message);
}

QString ErrorText::translate(const QString &message)
{
    if (message.isEmpty())
        return message;
    if (const std::optional<QString> translated = templates().match(message))
        return *translated;
    return untranslated(kUntranslatedUnknownKind, message);
}

QString ErrorText::translateKnown(const QString &message)
{
    return translateArgument(message).text;
}

QStringList ErrorText::translateEach(const QStringList &messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const QString &m : messages)
        out.append(translate(m));
    return out;
}

} // namespace ul
