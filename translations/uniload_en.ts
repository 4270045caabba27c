<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ul::AddSiteDialog</name>
    <message>
        <source>Could not cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add keys to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats and custom validation endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty endpoint uses the format&apos;s default path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key per line, or separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: skip discovery and use these models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name: type a base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The keys are added to &lt;b&gt;%1&lt;/b&gt;; its models are discovered again and the layers reconciled.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Fill in the site, then &lt;b&gt;Show plan&lt;/b&gt; to see what will be created.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated, ignored</source>
        <translation>
            <numerusform>%n repeated, ignored</numerusform>
            <numerusform>%n repeated, ignored</numerusform>
        </translation>
    </message>
    <message>
        <source>No manual models: they are discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n manual model(s)</source>
        <translation>
            <numerusform>%n manual model</numerusform>
            <numerusform>%n manual models</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The form changed: &lt;b&gt;Show plan&lt;/b&gt; again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already onboarded; it will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed to avoid a clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ready: nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What was created so far stays and is completed by running it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in one of the demo&apos;s simulated sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site at %2 (onboarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The run has ended: &lt;b&gt;Show plan&lt;/b&gt; again to see what another run would change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run goes on without this window; the Sites page shows how it ends. Use Cancel run to stop it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the keys you entered? They have not been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the site and keys you entered? Nothing has been onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo &amp;sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual &amp;models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 validation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ApiServerBox</name>
    <message>
        <source>Listening on %1 — the web console is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off. Scripts and the web console need it; the desktop console does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice was not saved for the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the HTTP API and web console while the console runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port are the BIND_ADDRESS and PORT settings; clients send the token shown below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ApiTokenBox</name>
    <message>
        <source>HTTP API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From API_TOKEN (%1); change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the saved setting API_TOKEN; change it in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (owner-only file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients of the HTTP API send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new token to %1?

Clients using the current token are refused once uni-load&apos;s HTTP API restarts with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not regenerated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is generated into %1 when the HTTP API server first starts, or now with Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token was written. This console&apos;s HTTP API server uses it at once; a running headless uni-load after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ArchitecturePage</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups left in gpt-load by the original uni-load (site groups, model channel groups and model groups) can be imported: uni-load then manages them like its own. The original&apos;s two-layer model groups are never imported; they can be deleted once the three layers serve their models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete legacy groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no healthy member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message>
        <source>L2: not created for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: gpt-load and api.yaml match the stored layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable, not planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group name clash(es) with groups uni-load does not own; those groups are left alone.</source>
        <translation>
            <numerusform>%n group name clash with groups uni-load does not own; those groups are left alone.</numerusform>
            <numerusform>%n group name clashes with groups uni-load does not own; those groups are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the reconciliation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the groups of every instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for a layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model channel groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy two-layer groups (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) can be imported.</source>
        <translation>
            <numerusform>%n group can be imported.</numerusform>
            <numerusform>%n groups can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not inspected (unreachable): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing and reconciling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n two-layer group(s) of the original uni-load from gpt-load?

%1

Clients that still use them directly stop working.</source>
        <translation>
            <numerusform>Delete this %n two-layer group of the original uni-load from gpt-load?

%1

Clients that still use them directly stop working.</numerusform>
            <numerusform>Delete these %n two-layer groups of the original uni-load from gpt-load?

%1

Clients that still use them directly stop working.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete legacy groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n group(s).</source>
        <translation>
            <numerusform>Deleted %n group.</numerusform>
            <numerusform>Deleted %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s)</source>
        <translation>
            <numerusform>%n site group</numerusform>
            <numerusform>%n site groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model channel group(s)</source>
        <translation>
            <numerusform>%n model channel group</numerusform>
            <numerusform>%n model channel groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n model group</numerusform>
            <numerusform>%n model groups</numerusform>
        </translation>
    </message>
    <message>
        <source>L3: not created (%1 format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by model, group, site or instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the plan of the last dry run to gpt-load and api.yaml?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) removed from api.yaml</source>
        <translation>
            <numerusform>%n provider removed from api.yaml</numerusform>
            <numerusform>%n providers removed from api.yaml</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted groups cannot be restored; clients that use them directly stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation works the plan out again when it starts, so changes made since the dry run are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model group yet: once a site is onboarded, each model appears here with the site groups that serve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet: each onboarded site appears here with its site groups and the model channels they feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a layout to list the groups the original uni-load left in gpt-load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported groups still carry the gpt-load admin key in their pools; this moves them to uni-load&apos;s own proxy keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every imported model channel group and model group to uni-load&apos;s proxy keys?

Their pools get uni-load&apos;s hop key and the gpt-load admin key is taken out of them; api.yaml gets the gateway key. Clients that call these groups with the admin key stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the keys of the imported groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not migrated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys migrated: %n group(s) updated.</source>
        <translation>
            <numerusform>Keys migrated: %n group updated.</numerusform>
            <numerusform>Keys migrated: %n groups updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::CleanupPage</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstreams removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleanup finished: %n upstream(s) removed.</source>
        <translation>
            <numerusform>Cleanup finished: %n upstream removed.</numerusform>
            <numerusform>Cleanup finished: %n upstreams removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity cleanup: channels whose site no longer answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip channels matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only channels matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expressions, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every active channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary groups left by discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete those older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing every selected site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 site groups checked: %n disconnected</source>
        <translation>
            <numerusform>%1 of %2 site groups checked: %n disconnected</numerusform>
            <numerusform>%1 of %2 site groups checked: %n disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing them changes %n model group(s)</source>
        <translation>
            <numerusform>removing them changes %n model group</numerusform>
            <numerusform>removing them changes %n model groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n keep their last upstream, flagged)</source>
        <translation>
            <numerusform>(%n keep their last upstream, flagged)</numerusform>
            <numerusform>(%n keep their last upstream, flagged)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the sites again and take every channel that still does not answer out of its model groups? They are re-added automatically when they answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cleanup history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list temporary groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary groups left by discovery (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete temporary groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every temporary group on every instance? A discovery running right now may fail and has to be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting temporary groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n temporary group(s) deleted.</source>
        <translation>
            <numerusform>%n temporary group deleted.</numerusform>
            <numerusform>%n temporary groups deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of the preview summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disconnected channel listed: Preview checks every site group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cleanup has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary groups found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual cleanup: take named channels out of their model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group names (e.g. example-com-openai), separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup &amp; reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every model channel group (L2) and model group (L3) uni-load manages, and their providers in api.yaml. Site groups, their keys and the stored sites stay; a reconciliation builds the model groups again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all model groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take %n channel(s) out of every model group they serve?

%1

No connectivity test is made. A channel taken out is re-added automatically once a health check finds its site reachable again.</source>
        <translation>
            <numerusform>Take this channel out of every model group it serves?

%1

No connectivity test is made. A channel taken out is re-added automatically once a health check finds its site reachable again.</numerusform>
            <numerusform>Take %n channels out of every model group they serve?

%1

No connectivity test is made. A channel taken out is re-added automatically once a health check finds its site reachable again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the channels out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual cleanup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taking out %1 would remove %2 upstream(s) from %n model group(s).</source>
        <translation>
            <numerusform>Taking out %1 would remove %2 upstream(s) from %n model group.</numerusform>
            <numerusform>Taking out %1 would remove %2 upstream(s) from %n model groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 taken out: %2 upstream(s) removed from %n model group(s).</source>
        <translation>
            <numerusform>%1 taken out: %2 upstream(s) removed from %n model group.</numerusform>
            <numerusform>%1 taken out: %2 upstream(s) removed from %n model groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a site group: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Manual cleanup finished: %n upstream(s) removed.</source>
        <translation>
            <numerusform>Manual cleanup finished: %n upstream removed.</numerusform>
            <numerusform>Manual cleanup finished: %n upstreams removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 model channel group(s) and %2 model group(s) are managed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every model channel group (L2) and model group (L3) uni-load manages, on every instance, and remove their providers from api.yaml?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients of uni-api lose these models until a reconciliation (Architecture → Apply) builds them again; operator weights stay stored. Groups uni-load does not manage are left alone. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting every managed model group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 model group(s) deleted, %2 failed, %3 provider(s) removed from api.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site groups (L1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model groups (L3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file cannot be used, so no gpt-load work is done: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled; a running job stops at its next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the selected queued or running job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 failed checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing: </source>
        <translation>
            <numerusform>%n failing: </numerusform>
            <numerusform>%n failing: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of rotation: </source>
        <translation>
            <numerusform>%n out of rotation: </numerusform>
            <numerusform>%n out of rotation: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>providers, managed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed by uni-load</source>
        <translation>
            <numerusform>%n managed by uni-load</numerusform>
            <numerusform>%n managed by uni-load</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a demo site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is read or written. %n of its sites is left for you to onboard.</source>
        <translation>
            <numerusform>This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is read or written. %n of its sites is left for you to onboard.</numerusform>
            <numerusform>This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is read or written. %n of its sites are left for you to onboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs yet: onboarding runs, model syncs and checks are listed here as they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gpt-load work is done until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with “Add instance…” under Getting started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet; the first onboarding creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet, nor its directory; the first onboarding creates both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight optimization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (Models page: Optimize weights… runs it once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written again at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml was not written, uni-api serves it without the last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model channel groups (L2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet (each health check reads the key pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s): </source>
        <translation>
            <numerusform>%n site group: </numerusform>
            <numerusform>%n site groups: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::DesktopConsole</name>
    <message>
        <source>uni-load keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is in the system tray. Use its menu to open it again or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance check finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gpt-load instances healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel check not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::DiffDialog</name>
    <message>
        <source>Nothing changes: api.yaml already has this content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Providers added (%n): %1.</source>
        <translation>
            <numerusform>Provider added (%n): %1.</numerusform>
            <numerusform>Providers added (%n): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers changed (%n): %1.</source>
        <translation>
            <numerusform>Provider changed (%n): %1.</numerusform>
            <numerusform>Providers changed (%n): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers removed (%n): %1.</source>
        <translation>
            <numerusform>Provider removed (%n): %1.</numerusform>
            <numerusform>Providers removed (%n): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider changes; other lines of the file do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with hand-written entries.</source>
        <translation>
            <numerusform>%n conflict with hand-written entries.</numerusform>
            <numerusform>%n conflicts with hand-written entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::EngineText</name>
    <message>
        <source>Onboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile the three layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile the three layers at startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the layout of the original uni-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move adopted groups to uni-load&apos;s proxy keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete legacy two-layer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore api.yaml from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set model group weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the proxy keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every managed model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leftover temporary groups on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the model lists of every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check channel health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up unreachable channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovering models through a temporary group on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing site group %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking %1 out of rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting %1 back in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model changes to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2 healthy, %3 unhealthy, %4 inconclusive, %5 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add pool key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove pool key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore invalid keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create temporary group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete temporary group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update test model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take channel out of rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put channel back in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopt group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate proxy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire proxy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire proxy keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire pool key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n approved model change(s)</source>
        <translation>
            <numerusform>Apply %n approved model change</numerusform>
            <numerusform>Apply %n approved model changes</numerusform>
        </translation>
    </message>
    <message>
        <source>writing the site groups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reconciling %n model(s)</source>
        <translation>
            <numerusform>reconciling %n model</numerusform>
            <numerusform>reconciling %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applying %n approved change(s)</source>
        <translation>
            <numerusform>applying %n approved change</numerusform>
            <numerusform>applying %n approved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applying the model changes of %n site group(s)</source>
        <translation>
            <numerusform>applying the model changes of %n site group</numerusform>
            <numerusform>applying the model changes of %n site groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s): %1 added, %2 removed, %3 queued</source>
        <translation>
            <numerusform>%n site group: %1 added, %2 removed, %3 queued</numerusform>
            <numerusform>%n site groups: %1 added, %2 removed, %3 queued</numerusform>
        </translation>
    </message>
    <message>
        <source>base URL %1, name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n manual model(s) given</source>
        <translation>
            <numerusform>%n manual model given</numerusform>
            <numerusform>%n manual models given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) through the site group&apos;s proxy</source>
        <translation>
            <numerusform>%n model through the site group&apos;s proxy</numerusform>
            <numerusform>%n models through the site group&apos;s proxy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) directly from the site</source>
        <translation>
            <numerusform>%n model directly from the site</numerusform>
            <numerusform>%n models directly from the site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) through a temporary group</source>
        <translation>
            <numerusform>%n model through a temporary group</numerusform>
            <numerusform>%n models through a temporary group</numerusform>
        </translation>
    </message>
    <message>
        <source>directly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1, upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), %1</source>
        <translation>
            <numerusform>%n model, %1</numerusform>
            <numerusform>%n models, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) submitted in %1: %2 added, %3 already present</source>
        <translation>
            <numerusform>%n key submitted in %1: %2 added, %3 already present</numerusform>
            <numerusform>%n keys submitted in %1: %2 added, %3 already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n affected model(s)</source>
        <translation>
            <numerusform>%n affected model</numerusform>
            <numerusform>%n affected models</numerusform>
        </translation>
    </message>
    <message>
        <source>hop key into the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance: delete every managed model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the admin key from the pool (key migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) with %n upstream(s)</source>
        <translation>
            <numerusform>%1 (%2) with %n upstream</numerusform>
            <numerusform>%1 (%2) with %n upstreams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 via %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong channel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a key and its value in a detail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a detail list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onboard site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete legacy groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate proxy keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply approved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual channel cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-enable channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary group cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s) created or updated</source>
        <translation>
            <numerusform>%n site group created or updated</numerusform>
            <numerusform>%n site groups created or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 updated: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 configured: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s) failed: %1.</source>
        <translation>
            <numerusform>%n site group failed: %1.</numerusform>
            <numerusform>%n site groups failed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>uni-api&apos;s api.yaml was NOT updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model group operation(s) failed; the next reconcile retries them.</source>
        <translation>
            <numerusform>%n model group operation failed; the next reconcile retries it.</numerusform>
            <numerusform>%n model group operations failed; the next reconcile retries them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups could not be read from %1; a group there is unknown to this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name &quot;%1&quot; was not used: it only tells two sites on one host apart and must be 3–90 characters of a-z, 0-9 and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site already uses the name %1; this site is named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group %1 is recorded on instance %2 but gpt-load does not list it; it is created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group %1 was not recorded by uni-load; it is adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is ignored when updating; the site&apos;s URL %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kept model is served in the %1 format; site group %2 is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery through a temporary group failed before it succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models were listed directly from the site; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api&apos;s api.yaml was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1, name computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1, name existing-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1, name requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1, name host-and-port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1, name path-slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1, name numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: first-healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group %1 (%2 format) carries no traffic for %3: their model groups use the %4 format, and the name a %2-format model group for them would take belongs to another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>listing the models of %n site group(s)</source>
        <translation>
            <numerusform>listing the models of %n site group</numerusform>
            <numerusform>listing the models of %n site groups</numerusform>
        </translation>
    </message>
    <message>
        <source>discovering the models of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reading the groups of %n instance(s)</source>
        <translation>
            <numerusform>reading the groups of %n instance</numerusform>
            <numerusform>reading the groups of %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying the layer plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciling the model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the group on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repointing the model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the old group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the new keys next to the old ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the old keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstreams %1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reweighted</source>
        <translation>
            <numerusform>%n reweighted</numerusform>
            <numerusform>%n reweighted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reweighted</source>
        <translation>
            <numerusform>%1 %n reweighted</numerusform>
            <numerusform>%1 %n reweighted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (channel type %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel type %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted the existing group (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted the existing group (id %1), set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>%n key removed</numerusform>
            <numerusform>%n keys removed</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1, changed %2, removed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 is recorded on unknown instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 does not exist on instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no healthy instance to create it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 is unreachable; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion deferred: the layer-3 group of %1 could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion deferred: instance %1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its site group is being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer a member of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until its model-channel groups on unreachable instances are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model-channel group is available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member can be an upstream; upstreams left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member left for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group with this name was already found on another instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort 20 but its upstream is not a site URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort 20 but the name does not end in -&lt;channel type&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort 30 but not a &lt;model&gt;-via-&lt;site group&gt; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its site group was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test model to tell the model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort 40 without model-channel or site-group upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gpt-load aggregate group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save L2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save L3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget L2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget L3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 of %2: weight %3 (%4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget member %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no healthy member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a healthy member again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled-by-health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled-by-cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled-by-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repeated key(s) were given; each key is used once.</source>
        <translation>
            <numerusform>%n key was given more than once; each key is used once.</numerusform>
            <numerusform>%n keys were given more than once; each key is used once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile the three layers after gpt-load instance %1 came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the test model of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the test model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting gpt-load&apos;s key validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for gpt-load&apos;s task slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set test model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimize the weights of the model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stats of the model channel groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying the weights to gpt-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) changed</source>
        <translation>
            <numerusform>%n weight changed</numerusform>
            <numerusform>%n weights changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) would change</source>
        <translation>
            <numerusform>%n weight would change</numerusform>
            <numerusform>%n weights would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s) checked</source>
        <translation>
            <numerusform>%n model group checked</numerusform>
            <numerusform>%n model groups checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stats unreadable for %n group(s)</source>
        <translation>
            <numerusform>stats unreadable for %n group</numerusform>
            <numerusform>stats unreadable for %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) applying them</source>
        <translation>
            <numerusform>%n problem applying them</numerusform>
            <numerusform>%n problems applying them</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 → %2 by the optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) failed</source>
        <translation>
            <numerusform>%1 of %n request failed</numerusform>
            <numerusform>%1 of %n requests failed</numerusform>
        </translation>
    </message>
    <message>
        <source>weight optimization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write api.yaml again after a failed write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site group %1 is in review mode: %n model change(s) are queued for review on the Sync page.</source>
        <translation>
            <numerusform>Site group %1 is in review mode: %n model change is queued for review on the Sync page.</numerusform>
            <numerusform>Site group %1 is in review mode: %n model changes are queued for review on the Sync page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site group %1 keeps %2: not listed this time, they are removed once a model sync misses them often enough in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list of site group %1 was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invalid keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the invalid keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid keys removed</source>
        <translation>
            <numerusform>%n invalid key removed</numerusform>
            <numerusform>%n invalid keys removed</numerusform>
        </translation>
    </message>
    <message>
        <source>remove invalid keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ErrorText</name>
    <message>
        <source>baseUrl is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl must not contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl must not contain a user name or password; enter API keys in the keys field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl must not contain a query (?…) or fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API of this site lives under the version segment &quot;%1&quot;; gpt-load appends /v1 or /v1beta to the upstream URL, so this site cannot be proxied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are required when a site is configured for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API keys given; at most %2 are accepted at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key #%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key #%1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key #%1 contains a space, an invisible or a non-ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiKey must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel type &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customValidationEndpoints must be an object {channelType: path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customValidationEndpoints: unknown channel type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customValidationEndpoints.%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customValidationEndpoints.%1 must be a path starting with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operationType must be &quot;create&quot; or &quot;update&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models given; at most %2 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targetChannelName is required when operationType is &quot;update&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name &quot;%1&quot; has leading or trailing spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name &quot;%1&quot; yields no valid gpt-load group name (it needs at least one letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model list is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 must be a string or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 has an unknown field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 needs a string &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2: &quot;enabled&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 entries; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 (&quot;%3&quot;) is a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored filter rules are not a JSON object; save the rules again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored filter rules are invalid (%1); save the rules again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer settings must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer %1 (expected l1, l2 or l3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored layer settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored layer settings: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no models left after filtering: %1 model(s) found, every one dropped by the rules (see details.counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no healthy gpt-load instance available to create the site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no healthy gpt-load instance available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gpt-load instance answered GET /api/groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 lives on gpt-load instance %2, which is not healthy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 has no site record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state store or the proxy keys are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 is unknown (neither recorded nor listed by a reachable gpt-load instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 has channel type %2, which uni-load does not manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 has no active key to discover models with; give apiKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model discovery failed for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through gpt-load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load %1 proxy of group %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1 returned an empty model list (a discovery failure, not &quot;no models&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load %1 proxy of group %2 returned an empty model list (a discovery failure, not &quot;no models&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to detect a valid model API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client for instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording temp group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording site group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onboarding cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoursOld must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site group was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every site group failed; first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group is recorded on this instance, which is unreachable now; it is not created elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load reported the name as taken, but no group of that name is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group named %1 already exists with another upstream (%2); it belongs to a different site and was left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on gpt-load %2 failed: %3 [gpt-load code %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on gpt-load %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 [gpt-load code %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload keys to site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance file %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance file %1: invalid JSON at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance file %1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON array of instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists no instances; at least one gpt-load instance is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 instances; at most %2 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; an instance file over %2 bytes is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of URL strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must include a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also used by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate URL %1 (also used by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance &apos;%1&apos; may not use instance &apos;%2&apos; (%3, %4) as an upstream: an instance may only list instances that come after it in the file, to avoid loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set owner-only permissions on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of milliseconds (suffixes ms, s, min, h, d are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of seconds (suffixes ms, s, min, h, d are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of minutes (suffixes ms, s, min, h, d are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a size (bytes, or a number with kb, mb or gb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a recognised boolean (true/false, 1/0, yes/no, on/off); treated as on, since only &apos;false&apos; turns a flag off in the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as off; the original uni-load reads every value but &apos;false&apos; as on, so write &apos;false&apos; if it shares this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value; using &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: authentication can only be turned off on a loopback bind address (BIND_ADDRESS is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address (use e.g. 127.0.0.1, ::1, 0.0.0.0, :: or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an http(s) origin such as http://localhost:3002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* (wildcards are not supported; list the origins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 (from %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body must map at least one setting name to a value or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed through the HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, number or boolean (null removes the saved value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a value, or null to remove the saved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 directory could be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 directory %2 exists but is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the %1 directory %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 directory %2 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 for the API token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the empty API token file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the API token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set owner-only permissions on the API token file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token file %1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the API token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create state store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open state store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state store %1 has schema version %2, newer than this program (%3); upgrade uni-load or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrating the state store to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state store: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 is outside 1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model group member %1/%2 no longer exists; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gpt-load instance is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 has no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer reconciliation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its member groups could be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load reports a group named %1 but does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists as a gpt-load aggregate group; not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group id of %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the existing layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml is being written by another process (lock %1 held by pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no api.yaml path is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml kept changing while it was being updated; nothing was written, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate key &quot;%2&quot; at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nesting deeper than %2 levels (or a recursive alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many nodes after alias expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML at %2: a second document starts here; uni-api reads a file of one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted string starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directive after content needs a &apos;...&apos; line before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed, the file was left unchanged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 in place failed: %2; the old content was written back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 in place failed: %2; the old content could not be written back, restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid layer-3 group name &quot;%1&quot; (expected [a-z0-9_-])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer-3 group %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an http(s) instance base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no gateway key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the gateway key contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a model without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists model %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no api.yaml backup named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml cannot be edited safely: the edited file would not read back as planned (%1); nothing was written. Check it for an unterminated quote or an unusual layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level of api.yaml is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level of api.yaml must be a block mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write api.yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to leave api.yaml without providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection closed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: network unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS handshake failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled while queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: client is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: client destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered with HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: route or method not supported by this gpt-load (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected answer, not a gpt-load JSON envelope (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected numeric code %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected answer shape (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answer without a data object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gpt-load does not know proxy group &apos;%2&apos; (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the task slot now shows another task (%2 on &apos;%3&apos;); the outcome of %4 on &apos;%5&apos; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task %2 on &apos;%3&apos; still running (%4/%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a gpt-load v2 server; only v1.1 to v1.4 can be managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA certificate file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load call cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group entry without a numeric id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group list is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key page without an items array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key test answer without a results array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health answer without a status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings answer is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one upstream is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream URL must start with http:// or https://: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream weights must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one upstream weight must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown config field: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation endpoint must be a path starting with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; must match ^[a-z0-9_-]{1,100}$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group name must match ^[a-z0-9_-]{1,100}$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test model is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test model cannot be empty (gpt-load reads &quot;&quot; as unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate groups cannot have model redirect rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group update without any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test at most %1 keys at a time (each test is a billable call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sub-groups to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: create group: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: update group %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 job is already queued or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job was not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no queued or running job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the hop key, the gateway key or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old keys are remembered and the next rotation removes them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model sync cancelled before reconciling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the models of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group has no active key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored model sync settings are not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewMode must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removalAfterMisses must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no queued model change for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is both approved and rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approvals were not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model sync setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siteOverrides must map site names to true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site&apos;s review mode must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 has no model-channel group for model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: instance %2 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 was disabled by the operator; only the operator re-enables it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siteUrl is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site has no base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channelNames must name at least one site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the names is a site group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of regular expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may hold at most %2 patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must contain strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern in %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression in %1 at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dryRun must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives on instance %2, which is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the highest-priority instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group named %1 already exists on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group named %1 already exists on %2 and is not the one recorded for this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists neither on %2 nor on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an internal error (a bug or an impossible state)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a validation error (bad input)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a not-found error (unknown resource)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a conflict error (name taken, job already running)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an authentication error (HTTP 401/403)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a network error (refused, reset, DNS, TLS)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a timeout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of gpt-load&apos;s &quot;too many concurrent requests&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a server error (HTTP 5xx)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a route this gpt-load does not have</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an answer that cannot be decoded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an error passed on from an AI site or gpt-load</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an unavailable service (no healthy instance)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an error with nothing left to do (no models after filtering)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a file system error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a cancelled operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated error message of no known kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load rejected the admin token (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create log directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner of this operation was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing site groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading site group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving site assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a missing-model counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing L2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving L2 group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an L2 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing L3 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving L3 group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an L3 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing L3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an L3 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an L3 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending cleanup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruning cleanup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading cleanup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing channel health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving channel health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting channel health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruning health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; looking it up failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed provider %1 has no base_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed provider %1 has no api key string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed provider %1 has no model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated entry %1 does not read back as intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed provider %1 is missing from the generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers must be a block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers entry %1 (%2) is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers entry %1 (%2) has no provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider name %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider name %1 contains &apos;/&apos; or starts with &apos;sk-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_keys must be a non-empty list (uni-api refuses to start without a client key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_keys entry %1 (%2) needs a string `api` (quote numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a top-level key other than providers would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider not managed by uni-load would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generated entry does not read back as one list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlapping or invalid api.yaml edits at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte order mark would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of api.yaml would change although it is not a managed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not locate the first providers entry in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not locate providers entry %1 in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers is an empty block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not find the &apos;:&apos; after the providers key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write `providers: []` on one line, or convert providers to block style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an empty providers list as `providers:` followed by nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not locate the providers key in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers is a flow list ([…]); convert providers to block style (one `- provider: …` entry per line) so it can be edited safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log page without an items array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on gpt-load &apos;%2&apos; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unfinished %1 of %2 exists; run %1 again to finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished %1 of %2 names an instance that is no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the lowest-priority instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target instance %1 is not healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance %1 that holds %2 is not reachable; its keys cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new %1 on %2 holds %3 keys, %4 were copied; the old group stays in use (run the command again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repointing the model groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repointing the model groups of %1 failed; the old group stays until they follow (run the command again): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring invalid keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site (the site group of the change) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision must be &quot;approve&quot; or &quot;reject&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of decisions is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stats format: neither stats_24_hour nor hourly_stats present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new keys are stored but not every group or api.yaml took them yet; the old keys were left in place so nothing is locked out, and the next rotation removes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision must be an object {site, model, decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in its model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 re-enabled; the model group follows at the next reconciliation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restoring invalid keys failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is healthy again and back in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is healthy again and back in rotation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still failing (%2); next attempt scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled by the operator; re-enable the channel to put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in rotation; invalid keys restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token file %1 was readable by other users; its mode is now 0600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token file %1 is readable by other users and its mode could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load &apos;%1&apos; (%2) is unreachable (its health check fails); its temporary groups are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load &apos;%1&apos; (%2) is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instance %1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test model of %1 not updated to %2: gpt-load instance %3 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the %2-character group name %3: gpt-load v1.0.22 and older allow 30 characters at most; upgrade it to v1.1 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no healthy member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every upstream had weight 0; the first member gets weight 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1 is reserved by a hand-written api.yaml entry; it is not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its L3 group uses the %2 format, so %3 (%4 format) carries none of its traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 stopped answering during this health check cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site group does not exist in gpt-load yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a subject (site group) and its error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instance %1 stopped answering during this sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desktop has no session autostart entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete-legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniapi-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniapi-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate-keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync-approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel-health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel-cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel-cleanup-manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete-channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual-recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel-disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel-enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign-channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temp-group-cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl has port 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseUrl is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name &quot;%1&quot; contains &quot;${&quot;, which uni-api would expand as an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not replace %1 (%2); the file was left unchanged. If it is a single-file bind mount inside a container, set UNI_API_WRITE_MODE=in-place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password; put the admin token in the token field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a query (?…) or fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more (lower numbers are preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the instance file was not changed: fix it by hand first (while it cannot be loaded, instances are not added, changed or removed, so nothing in it is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written: open it again and redo the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced by renaming (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance file was not changed, its backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer from %2 is larger than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had no keys to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had no active keys to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 is being deleted; delete it again to finish, or onboard the site again to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-test-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate-keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel or site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve the model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no group on gpt-load instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instance %1 of %2 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instance %1 is no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key validation cancelled (gpt-load finishes the task it started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load&apos;s key validation of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load&apos;s key validation of %1 is still running; its outcome shows in gpt-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no keys to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test model %1 of %2 matches a high-cost pattern: validating sends one billable request per key with it; confirm to validate anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test model %1 of %2 matches a high-cost pattern: every key validation gpt-load runs sends a billable request with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channelName or siteName is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmHighCost must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON (line %1); remove the comment, or keep the note in a &quot;description&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set owner-only permissions on %1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file is readable by other users and holds admin tokens; restrict it to its owner (chmod 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml cannot be created: %1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml cannot be created: the directory %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml cannot be created: the directory %1 does not exist and %2 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed outside uni-load and does not load (%2); the gpt-load instances loaded before stay in use until it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whitelist has no enabled prefix, so every model would be dropped; add a prefix or turn the whitelist off (enableWhitelist: false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site listed %1 model(s) but the filter rules keep none of them; nothing changed, check the filter rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear-invalid-keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::EventText</name>
    <message>
        <source>gpt-load instance %1 is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instance %1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added to %1: %2</source>
        <translation>
            <numerusform>%n model added to %1: %2</numerusform>
            <numerusform>%n models added to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) removed from %1: %2</source>
        <translation>
            <numerusform>%n model removed from %1: %2</numerusform>
            <numerusform>%n models removed from %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model change(s) of %1 wait for review</source>
        <translation>
            <numerusform>%n model change of %1 waits for review</numerusform>
            <numerusform>%n model changes of %1 wait for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>model sync could not update the models of %n site group(s): %1</source>
        <translation>
            <numerusform>model sync could not update the models of %n site group: %1</numerusform>
            <numerusform>model sync could not update the models of %n site groups: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>model changes are stored but the reconciliation did not complete (retried on the next sync): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 disabled by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 re-enabled by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 taken out of rotation (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled-by-health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled-by-cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 is healthy again and back in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>channel %1 deleted with %n model group(s)</source>
        <translation>
            <numerusform>channel %1 deleted with %n model group</numerusform>
            <numerusform>channel %1 deleted with %n model groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring api.yaml from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active keys (%1 of %1 invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning (slow): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests failed in the last %3 h (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe not possible, gpt-load did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model-list probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model-list probe answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model-list probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model-list probe returned an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep probe not possible, gpt-load did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep probe completion answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep probe completion answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load answered group stats in an unknown format (neither stats_24_hour nor hourly_stats); this gpt-load version is not supported by the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading group stats failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request logs unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (log pages truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deep probe skipped: every model of the site group is high cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blacklisted keys restored before the probe</source>
        <translation>
            <numerusform>%n blacklisted key restored before the probe</numerusform>
            <numerusform>%n blacklisted keys restored before the probe</numerusform>
        </translation>
    </message>
    <message>
        <source>restoring blacklisted keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next recovery probe not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 final requests succeeded (%2), average %3 ms</source>
        <translation>
            <numerusform>%n of %1 final requests succeeded (%2), average %3 ms</numerusform>
            <numerusform>%n of %1 final requests succeeded (%2), average %3 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed checks; last: %1</source>
        <translation>
            <numerusform>%n failed check; last: %1</numerusform>
            <numerusform>%n consecutive failed checks; last: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from %1 after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by a manual cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml did not exist; uni-load created %1 with a new client key for uni-api&apos;s clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gpt-load holds %n group(s) left by the original uni-load; import them on the Architecture page (Import) or with POST /api/adoption/import</source>
        <translation>
            <numerusform>gpt-load holds %n group left by the original uni-load; import them on the Architecture page (Import) or with POST /api/adoption/import</numerusform>
            <numerusform>gpt-load holds %n groups left by the original uni-load; import them on the Architecture page (Import) or with POST /api/adoption/import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed outside uni-load and was read again: %n gpt-load instance(s)</source>
        <translation>
            <numerusform>%1 changed outside uni-load and was read again: %n gpt-load instance</numerusform>
            <numerusform>%1 changed outside uni-load and was read again: %n gpt-load instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the weight optimization changed %n weight(s)</source>
        <translation>
            <numerusform>the weight optimization changed %n weight</numerusform>
            <numerusform>the weight optimization changed %n weights</numerusform>
        </translation>
    </message>
    <message>
        <source>the weight optimization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>model-list probe: the site listed %n models before filtering</source>
        <translation>
            <numerusform>model-list probe: the site listed %n models before filtering</numerusform>
            <numerusform>model-list probe: the site listed %n models before filtering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::FilterPreviewModel</name>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong channel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred test model (exempt from %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::FilterRulesEditor</name>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New sites and the next model sync use these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults restored; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept, %2 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is kept when its name, or the part after the last &apos;/&apos;, starts with an enabled prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is dropped when a word of its name starts with an enabled term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-cost patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. o3-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models containing an enabled pattern are never used for key validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred test models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for key validation, in this order, when a site serves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: which of these models would pass?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model names, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the whitelist (off for this run: ENABLE_MODEL_WHITELIST=false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the blacklist (off for this run: ENABLE_MODEL_BLACKLIST=false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::GettingStartedBox</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see the whole flow first, start uni-load --demo: it runs simulated gpt-load instances and AI sites, and reads or writes nothing of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exists; uni-load changes only the providers it manages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist yet; the first onboarding creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither it nor its directory exists yet; the first onboarding creates both. Make sure this is the file your uni-api reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a gpt-load instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load works through gpt-load&apos;s admin API: give it the instance&apos;s URL and its AUTH_KEY. They are saved in the instance file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where api.yaml is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model groups are published to uni-api as providers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no path configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base URL and its API keys: uni-load discovers the models and builds the three layers in gpt-load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::HealthChart</name>
    <message>
        <source>Success rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no checks recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with a success rate: latest %1 %, lowest %2 %</source>
        <translation>
            <numerusform>%n check with a success rate: latest %1 %, lowest %2 %</numerusform>
            <numerusform>%n checks with a success rate: latest %1 %, lowest %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>latency latest %1 ms, highest %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::HealthPage</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check finished: %1 checked, %2 healthy, %3 unhealthy, %4 inconclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel health monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try recovery now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the health history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s): </source>
        <translation>
            <numerusform>%n channel: </numerusform>
            <numerusform>%n channels: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failing, %2 out of rotation; a channel is removed after %3 failed checks in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health monitor started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health monitor stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure counter of %1 reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure counter(s) reset.</source>
        <translation>
            <numerusform>%n failure counter reset.</numerusform>
            <numerusform>%n failure counters reset.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back in rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of rotation until re-enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model groups updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovered: back in rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still failing; next attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet: the site groups of onboarded sites are checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by channel, site, instance, state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel offers no model to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the selected model on this channel now and put it back in rotation if it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by the operator: Re-enable now puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is not failing: there is nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the channel %1 (site %2) out of rotation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a member of any model group now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its upstream is removed from %n model group(s): %1.</source>
        <translation>
            <numerusform>Its upstream is removed from %n model group: %1.</numerusform>
            <numerusform>Its upstream is removed from %n model groups: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The health monitor does not put it back; only Re-enable now does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s) would be left with no other active member and stop serving until it is re-enabled: %1.</source>
        <translation>
            <numerusform>%n model group would be left with no other active member and stop serving until it is re-enabled: %1.</numerusform>
            <numerusform>%n model groups would be left with no other active member and stop serving until it is re-enabled: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep (billable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep probe (billable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a channel&apos;s statistics and logs are inconclusive, check it with a real completion (max_tokens 1, the cheapest model that matches no high-cost pattern) instead of the free model-list request.
Each check sends one billable request per channel. The setting belongs to the site: it applies to all of its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the deep probe for site %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a channel&apos;s statistics and logs are inconclusive, the health check then sends a real completion (max_tokens 1, the cheapest model that matches no high-cost pattern) instead of the free model-list request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cost: each check sends one billable request per channel — for %n channel(s) of this site, every time the monitor runs.</source>
        <translation>
            <numerusform>Cost: each check sends one billable request per channel — for %n channel of this site, every time the monitor runs.</numerusform>
            <numerusform>Cost: each check sends one billable request per channel — for %n channels of this site, every time the monitor runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deep probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on deep probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep probe of %1 is off: checks use the free model-list request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep probe of %1 is on: each check sends one billable request per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model of %1 matches a high-cost pattern: these channels keep the free probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled, every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a channel counts as unhealthy and how it comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::HealthThresholdsDialog</name>
    <message>
        <source>Health thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a channel counts as unhealthy, and how a channel taken out of rotation comes back. The failure threshold and the check interval are CHANNEL_FAILURE_THRESHOLD and CHANNEL_CHECK_INTERVAL in Settings. Changes apply from the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer requests (statistics) or finished log entries than this leave the check inconclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From gpt-load&apos;s statistics of the channel: at or above this rate the check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the request logs: below this rate the check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the request logs: below this rate the check fails with a warning. Not below the rate above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the request logs: a slower average request fails the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back each check reads the request logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel out of rotation comes back after this many successful probes in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubles after every failed probe, up to the longest wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults filled in; Save stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the next check uses these thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests needed for a verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy at a &amp;failure rate of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy below a &amp;success rate of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning below a success rate of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too s&amp;low above an average of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request l&amp;ogs read per check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful &amp;probes to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ait after a failed probe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon&amp;gest wait between probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::InstanceFileDialog</name>
    <message>
        <source>Edit gpt-load instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance may list in upstream_addresses only instances below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique key, e.g. local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load AUTH_KEY (needed for remote instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower numbers are preferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how uni-api reaches this instance (default: the URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with an extra CA to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one URL per line; validated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The instance file is valid (%n instance(s)).</source>
        <translation>
            <numerusform>The instance file is valid (%n instance).</numerusform>
            <numerusform>The instance file is valid (%n instances).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save while the file on disk cannot be loaded (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the instance file? Nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file: %1 (does not exist yet; Save creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the instance file in the desktop&apos;s text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder of the instance file in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the file again, after it was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on disk cannot be loaded (%1), so it cannot be edited here: saving would replace what cannot be read. Fix it in a text editor (Open file), then Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder of %1: no file manager is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no application is available for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream a&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn TLS certificate ve&amp;rification off (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::InstancesModel</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed check(s)</source>
        <translation>
            <numerusform>%n consecutive failed check</numerusform>
            <numerusform>%n consecutive failed checks</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS certificate verification is turned off for this instance (tls_insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file cannot be used: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n instance(s)…</source>
        <translation>
            <numerusform>Checking %n instance…</numerusform>
            <numerusform>Checking %n instances…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check finished: %1 of %2 healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n instance(s); the engine uses them now.</source>
        <translation>
            <numerusform>Saved %n instance; the engine uses them now.</numerusform>
            <numerusform>Saved %n instances; the engine uses them now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the gpt-load instance &quot;%1&quot; from the instance file?

Groups that live on it stay in gpt-load; uni-load stops managing them until the instance is added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed; %n instance(s) left.</source>
        <translation>
            <numerusform>Removed; %n instance left.</numerusform>
            <numerusform>Removed; %n instances left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved; reloading the instance file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the engine could not reload it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>a field of the instance file, before its problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gpt-load instance is configured: add one, and it is written to the instance file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file cannot be loaded (see above), so no instance is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance file yet. Add your first gpt-load instance (its URL and admin token); Save creates %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the instance file in the desktop&apos;s text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder of the instance file in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file cannot be loaded: fix it in a text editor first (Open file), then Edit… shows whether it loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The instance file loads now: %n instance(s).</source>
        <translation>
            <numerusform>The instance file loads now: %n instance.</numerusform>
            <numerusform>The instance file loads now: %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now readable and writable by its owner only (0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder of %1: no file manager is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no application is available for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site groups on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site groups go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (by reachability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet: sites are listed here once they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by reachability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site groups of %1 go to the instance chosen by reachability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site groups of %1 go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance a site&apos;s new site groups are created on. Reassigning changes no existing group: Promote and Demote on the Sites page move one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected site&apos;s new groups go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::JobCancelButton</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running operation after its current step; what is done so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::JobTracker</name>
    <message>
        <source>Reconciliation finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation cancelled; what was applied so far stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::JobsModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::JournalModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::LayerSettingsEditor</name>
    <message>
        <source>Cannot read the saved layer settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved layer settings are invalid (%1); showing the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the default layer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Groups created or reconciled from now on get these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults restored; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer group settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key validation interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures before gpt-load blacklists a key; 0 = never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attempts with another key; not sent when left at gpt-load&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 site groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort value identifies the layer in gpt-load and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 model channel groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::LayersPage</name>
    <message>
        <source>Layers &amp; filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::LogModel</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::MainWindow</name>
    <message>
        <source>uni-load console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About uni-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About uni-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;uni-load %1&lt;/b&gt;&lt;p&gt;Onboards AI API sites into gpt-load key pools and uni-api&apos;s api.yaml, and keeps them current.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load console (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the current page&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit uni-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a page and its unsaved changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between unsaved changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit uni-load now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) not finished:</source>
        <translation>
            <numerusform>%n job not finished:</numerusform>
            <numerusform>%n jobs not finished:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• and %n more</numerusform>
            <numerusform>• and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitting stops them: queued jobs are cancelled and the running one stops at once, its requests aborted. What it has done so far stays in gpt-load and api.yaml; running it again completes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes are not saved and will be lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::MessageBanner</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed, no L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2, not in L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change (1 … %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved weight change(s).</source>
        <translation>
            <numerusform>%n unsaved weight change.</numerusform>
            <numerusform>%n unsaved weight changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving weights and applying them to gpt-load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) saved; gpt-load gets them with the next reconciliation: %1</source>
        <translation>
            <numerusform>%n weight saved; gpt-load gets them with the next reconciliation: %1</numerusform>
            <numerusform>%n weights saved; gpt-load gets them with the next reconciliation: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) saved and applied to gpt-load.</source>
        <translation>
            <numerusform>%n weight saved and applied to gpt-load.</numerusform>
            <numerusform>%n weights saved and applied to gpt-load.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2.</source>
        <comment>models over site groups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s)</source>
        <translation>
            <numerusform>%n site group</numerusform>
            <numerusform>%n site groups</numerusform>
        </translation>
    </message>
    <message>
        <source>No L2 group yet: the next reconciliation creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet: they appear once a site is onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member: the model has no model group in the %1 format yet. The next reconciliation creates one; if its name belongs to another model, the plan&apos;s warnings say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 format): no healthy member, every upstream is out of rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 format): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weight change(s)</source>
        <translation>
            <numerusform>%n weight change</numerusform>
            <numerusform>%n weight changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimize weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose weights from the failure rates gpt-load counted, and apply them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights set by the optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active site groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and the sites serving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the selected model group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::NotificationArea</name>
    <message>
        <source>Dismiss all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::OperationsPage</name>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: job, operation, instance, target, detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations match: gpt-load and api.yaml changes are recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show journal entries with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log lines of this level and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log lines of this category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ProxyKeysBox</name>
    <message>
        <source>Proxy keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hop key lets the layers of gpt-load call each other; the gateway key is what uni-api sends. Rotate a key when it may have leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate hop key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate gateway key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new hop key?

The new key is added to every site group, model-channel group and model group pool next to the old one; then the old key is removed. Requests keep working during the rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new gateway key?

The new key is added to every model group next to the old one, api.yaml is rewritten to send it, and then the old key is removed. uni-api sends the new key once it has read the new api.yaml; anyone else using the old gateway key is refused afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating… the groups and api.yaml are being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated. Hop key %1, gateway key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate hop key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate gateway key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ReloadText</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart uni-api to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written models are live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written but not live %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading uni-api…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: uni-api&apos;s Rust runtime reloads api.yaml by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (Python runtime): restart uni-api after api.yaml changes, or set UNI_API_RELOAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each change of api.yaml: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reload %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another reload is under way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: uni-api&apos;s Rust runtime reloads api.yaml by itself (last change %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change %1 not applied by uni-load: restart uni-api, or set UNI_API_RELOAD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::RuleListBox</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::RuleListModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: kept in the list but not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::SettingSave</name>
    <message>
        <source>Saved, but %1 is set in %2, which takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; restart uni-load to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::Settings</name>
    <message>
        <source>TCP port of the HTTP API and web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the HTTP API listens on. A non-loopback address needs an explicitly configured API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra host names accepted in the Host header (comma-separated), besides the bound address and localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token of the HTTP API. Unset: the stored setting, else a token generated into &lt;config dir&gt;/api-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;none&quot; turns API authentication off; honoured only on a loopback bind address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated CORS allowlist of the HTTP API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest accepted request body (kb/mb suffixes); larger requests get 413.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at GET /metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the metrics endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file. Unset: gptload-instances.json, gpt-load-instances.local.json, then gpt-load-instances.json in the config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api configuration file to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api directory; shown only, as in the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load URL printed at startup; the instance file is what counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run model sync periodically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync period in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the channel health monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel health check period in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failures before a channel is acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile the three layers at startup and keep them current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load instance health check period in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the whitelist stage of the model filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the blacklist stage of the model filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound requests in flight per gpt-load instance (and per site during discovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout of one outbound request in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries of an idempotent outbound request (network errors, 429, 5xx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level written to the log files and the console: debug, info, warn or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire-level logging of outbound calls (bodies included, keys redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size at which a log file is rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept per log, the current one included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build setting of the original Vue front end; not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the HTTP API and web console while the desktop console runs (headless mode always does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How api.yaml is written: &quot;atomic&quot; (a new file renamed over the old) or &quot;in-place&quot; (the file itself rewritten, for a single-file Docker bind mount, which keeps the old file after a rename).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api runtime: &quot;rust&quot; (default image since August 2026; reloads api.yaml by itself within seconds) or &quot;python&quot; (older images, python main.py; reads api.yaml only at startup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Python runtime of uni-api is told about a change of api.yaml: &quot;none&quot;, &quot;api&quot; (POST /v1/api_config/update with the admin key; in memory only; not sent while a provider holds ${VAR} placeholders, which it does not expand) or &quot;command&quot; (run the restart command). Ignored for the Rust runtime, which needs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of uni-api (e.g. http://localhost:3003), for the reload call and for checking that written models are live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin key of uni-api (an api_keys entry with an admin role), for the reload call and the live check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and arguments that restart uni-api (e.g. docker restart uni-api), run without a shell when UNI_API_RELOAD is &quot;command&quot;; quote arguments that contain spaces. Set only here, in .env or the environment, never through the HTTP API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the weights of the model groups&apos; members from their failure rates, once per interval (weights you set by hand are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight optimization period in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of api.yaml backups kept in its backup folder. One is made before every write that changes the file; the oldest beyond this number are deleted then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the engine field (gpt, claude or gemini by channel type) into the providers uni-load manages in api.yaml, so that uni-api does not guess the request format from the model name. Off: the next write drops it from them; hand-written providers are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a site group is promoted or demoted to another gpt-load instance, copy its invalid keys as well as the active ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::SettingsModel</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only; has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by %1; the saved value is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::SettingsPage</name>
    <message>
        <source>Language saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; used at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved values apply at the next start. Values from .env, .env.local, the environment or the command line take precedence over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a setting above to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is shown for compatibility and has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is managed in the HTTP API token box above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value, or remove the saved value to use the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved value removed; the default applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load starts in the tray with your desktop session (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load no longer starts with your desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the desktop session (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel removed or restored, instance down or up, model changes. The window&apos;s notification area keeps them either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::SetupState</name>
    <message>
        <source>No gpt-load instance is set up yet: a site&apos;s groups are created in one. Add an instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file cannot be loaded, so no site can be onboarded until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No gpt-load instance answers (%n configured), so onboarding would fail: check their URL and token on the Instances page.</source>
        <translation>
            <numerusform>No gpt-load instance answers (%n configured), so onboarding would fail: check their URL and token on the Instances page.</numerusform>
            <numerusform>No gpt-load instance answers (%n configured), so onboarding would fail: check their URL and token on the Instances page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::SitePlanner</name>
    <message>
        <source>Not checked for name clashes (unreachable): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the site&apos;s groups already are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first healthy instance, unless discovery succeeds on another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gpt-load instance is healthy: onboarding will fail until one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe found no model list (%1); models are discovered through gpt-load while onboarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1 site groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update %1 (keys added, models discovered again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 repeated dropped</source>
        <translation>
            <numerusform>%n key, %1 repeated dropped</numerusform>
            <numerusform>%n keys, %1 repeated dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) seen by the probe (after the filter rules)</source>
        <translation>
            <numerusform>%n model seen by the probe (after the filter rules)</numerusform>
            <numerusform>%n models seen by the probe (after the filter rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) entered by hand</source>
        <translation>
            <numerusform>%n model entered by hand</numerusform>
            <numerusform>%n models entered by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer 2 model channel groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %n (one per model and format)</source>
        <translation>
            <numerusform>up to %n (one per model and format)</numerusform>
            <numerusform>up to %n (one per model and format)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer 3 model groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one managed provider per model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovered through a temporary gpt-load group while onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>why this instance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n or more, created or extended (one per model and format)</source>
        <translation>
            <numerusform>%n or more, created or extended (one per model and format)</numerusform>
            <numerusform>%n or more, created or extended (one per model and format)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::SitesPage</name>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 / L2 / L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the site group &quot;%1&quot; on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes, in gpt-load and api.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• the layer 1 site group %1 and its %n key(s)</source>
        <translation>
            <numerusform>• the layer 1 site group %1 and its %n key</numerusform>
            <numerusform>• the layer 1 site group %1 and its %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• its %n layer 2 model channel group(s)</source>
        <translation>
            <numerusform>• its %n layer 2 model channel group</numerusform>
            <numerusform>• its %n layer 2 model channel groups</numerusform>
        </translation>
    </message>
    <message>
        <source>• its upstream in every layer 3 model group that uses it; model groups left without upstreams are deleted, with their api.yaml providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• the site record &quot;%1&quot; (this is its last site group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-written groups and providers are not touched. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, format, instance, health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sync models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering the models of %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %n model group(s) deleted</source>
        <translation>
            <numerusform>Deleted %1: %n model group deleted</numerusform>
            <numerusform>Deleted %1: %n model groups deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>site %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 from %2 to %3 (%n key(s) copied).</source>
        <translation>
            <numerusform>Moved %1 from %2 to %3 (%n key copied).</numerusform>
            <numerusform>Moved %1 from %2 to %3 (%n keys copied).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models last listed successfully: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected site group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a deletion summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is onboarded yet. Add site… onboards one: a base URL and its API keys are all it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one gpt-load instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the highest-priority instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the lowest-priority instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2 (higher priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2 (lower priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote the site group %1 from %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote the site group %1 from %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This creates %1 on %2 with a copy of its %n key(s), points its layer 2 model channel groups at the new group, then deletes the group on %3.</source>
        <translation>
            <numerusform>This creates %1 on %2 with a copy of its %n key, points its layer 2 model channel groups at the new group, then deletes the group on %3.</numerusform>
            <numerusform>This creates %1 on %2 with a copy of its %n keys, points its layer 2 model channel groups at the new group, then deletes the group on %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its models are served through %1 from then on; requests under way during the switch may fail once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches a high-cost pattern: every key validation is an expensive request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model gpt-load validates the site group&apos;s keys with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let gpt-load test every key of the site group now (one billable request per key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validate the %n key(s) of %1 now?</source>
        <translation>
            <numerusform>Validate the %n key of %1 now?</numerusform>
            <numerusform>Validate the %n keys of %1 now?</numerusform>
        </translation>
    </message>
    <message>
        <source>gpt-load tests every key with a real, billable request to the test model %1. Keys that fail count towards their blacklisting; keys that pass are put back in rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 matches a high-cost pattern, so each of these requests is expensive. Choose a cheaper model with Test model… first unless you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys of %1 validated with %2: %n key(s), %3 valid, %4 invalid.</source>
        <translation>
            <numerusform>Keys of %1 validated with %2: %n key, %3 valid, %4 invalid.</numerusform>
            <numerusform>Keys of %1 validated with %2: %n keys, %3 valid, %4 invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the key validation of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is onboarded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Add site form is kept: choose Add site again once an instance is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gpt-load holds %n invalid key(s) in a site group of this site; the site group table shows which.</source>
        <translation>
            <numerusform>gpt-load holds %n invalid key in a site group of this site; the site group table shows which.</numerusform>
            <numerusform>gpt-load holds %n invalid keys in a site group of this site; the site group table shows which.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys uni-load uploaded. gpt-load&apos;s key pool (active and invalid keys) is read by the next health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load&apos;s key pool at %1: %2 active, %3 invalid of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load re-tests invalid keys on its own schedule; Validate keys… re-tests them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invalid keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load&apos;s key pool of %1 has not been read yet: the next health check reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load holds no invalid key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n key(s) gpt-load took out of the pool of %1</source>
        <translation>
            <numerusform>Delete the %n key gpt-load took out of the pool of %1</numerusform>
            <numerusform>Delete the %n keys gpt-load took out of the pool of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n invalid key(s) of %1 from gpt-load?</source>
        <translation>
            <numerusform>Delete the %n invalid key of %1 from gpt-load?</numerusform>
            <numerusform>Delete the %n invalid keys of %1 from gpt-load?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gpt-load took them out of the key pool after they failed (revoked, quota spent) and keeps re-testing them. The %n active key(s) stay.</source>
        <translation>
            <numerusform>gpt-load took them out of the key pool after they failed (revoked, quota spent) and keeps re-testing them. The %n active key stays.</numerusform>
            <numerusform>gpt-load took them out of the key pool after they failed (revoked, quota spent) and keeps re-testing them. The %n active keys stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate keys… first if some may have recovered. A removed key comes back only with Add keys….</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid key(s) of %1 removed.</source>
        <translation>
            <numerusform>%n invalid key of %1 removed.</numerusform>
            <numerusform>%n invalid keys of %1 removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool now holds %n key(s).</source>
        <translation>
            <numerusform>The pool now holds %n key.</numerusform>
            <numerusform>The pool now holds %n keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove invalid keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the invalid keys of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site groups of the selected site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::StateText</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel is a site group (L1): one site in one format, as the original uni-load calls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::SyncPage</name>
    <message>
        <source>Site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes before applying them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a model after it is missing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <extracomment>after the number in &quot;Remove a model after it is missing in [2 runs]&quot;</extracomment>
        <translation>
            <numerusform> run</numerusform>
            <numerusform> runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the review queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1 (%2): %3, %4 changed, %5 failed; %6 added, %7 removed, %8 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s) checked</source>
        <translation>
            <numerusform>%n site group checked</numerusform>
            <numerusform>%n site groups checked</numerusform>
        </translation>
    </message>
    <message>
        <source>No model changes wait for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model sync has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled, every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sync loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sync loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (follows the global setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model changes of the selected site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the global setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::TestModelDialog</name>
    <message>
        <source>Test model of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load validates the keys of %1 with this model: every validation is a real, billable request. Automatic selection takes the cheapest model that matches no high-cost pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the models of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (now %1, high cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — high cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches a high-cost pattern: each key validation gpt-load runs sends a billable request with it. Prefer a small model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating gpt-load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test model of %1: automatic (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test model of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches a high-cost pattern: each key validation gpt-load runs sends a billable request with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::TrayMonitor</name>
    <message>
        <source>Checking instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background checks are off (Sync and Health pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;instances now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync models now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;channels now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause background checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume background checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit uni-load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::TrayStateMapper</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gpt-load instances configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gpt-load instances healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gpt-load instance(s) configured</source>
        <translation>
            <numerusform>%n gpt-load instance configured</numerusform>
            <numerusform>%n gpt-load instances configured</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gpt-load instance does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gpt-load instance answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model changes waiting for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet: add a gpt-load instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of the original uni-load found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml written but not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance file does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight optimization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) failing: %1</source>
        <translation>
            <numerusform>%n channel failing: %1</numerusform>
            <numerusform>%n channels failing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) out of rotation: %1</source>
        <translation>
            <numerusform>%n channel out of rotation: %1</numerusform>
            <numerusform>%n channels out of rotation: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::UniApiPage</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original uni-load (adopted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-written (not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (→ alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt-load providers in api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml: not configured (UNI_API_YAML_PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>api.yaml: %1 — %n provider(s), </source>
        <translation>
            <numerusform>api.yaml: %1 — %n provider, </numerusform>
            <numerusform>api.yaml: %1 — %n providers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed by uni-load</source>
        <translation>
            <numerusform>%n managed by uni-load</numerusform>
            <numerusform>%n managed by uni-load</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read api.yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace api.yaml with the backup of %1?

The current file is backed up first. uni-api reads the restored file at its next reload; the next reconciliation brings the managed providers up to date again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (the previous file is in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml already equals %1; nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load manages no provider in api.yaml yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of api.yaml yet: one is made before every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change was not written, uni-api still serves the file above: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by provider, model, alias, base URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose api.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uni-api configuration file to publish to (UNI_API_YAML_PATH); used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml: %1 — not created yet; the first onboarding creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml: %1 — not created yet, nor its directory; the first onboarding creates both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api configuration (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.yaml set to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next write of api.yaml (a reconciliation now) would change, as a diff; keys are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the next write of api.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview api.yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes to api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next reconciliation would write to %1 now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client key of api.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-api&apos;s clients send this key (api.yaml, api_keys). It is not shown again here; it stays in api.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uni-load created api.yaml with a new client key for uni-api&apos;s clients. It is shown once, here or in the web console; it stays in api.yaml under api_keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reconciliation writes it again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciling to write api.yaml again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a reconciliation now, which writes api.yaml, instead of waiting for the automatic retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::WeightOptimizationDialog</name>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (within 5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (no stats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The optimizer runs every %n hour(s); next run %1.</source>
        <translation>
            <numerusform>The optimizer runs every %n hour; next run %1.</numerusform>
            <numerusform>The optimizer runs every %n hours; next run %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled run is off (ENABLE_WEIGHT_OPTIMIZATION in Settings); this runs it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimize weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member of a model group gets the weight max(1, (1 − failure rate) × 100) from the requests gpt-load counted for its model channel group over the last 24 hours; fewer than 10 requests count as 100. Model groups with one active member and members out of rotation are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include weights set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stats of the model channel groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the weights and applying them to gpt-load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model group has two or more active members: nothing to balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) would change.</source>
        <translation>
            <numerusform>%n weight would change.</numerusform>
            <numerusform>%n weights would change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) changed and applied to gpt-load.</source>
        <translation>
            <numerusform>%n weight changed and applied to gpt-load.</numerusform>
            <numerusform>%n weights changed and applied to gpt-load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stats of %n group(s) could not be read; their weights stay.</source>
        <translation>
            <numerusform>The stats of %n group could not be read; their weights stay.</numerusform>
            <numerusform>The stats of %n groups could not be read; their weights stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>gpt-load gets them with the next reconciliation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ui</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ul::ui::Format</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>between the parts of a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::ui::StandardButtons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
