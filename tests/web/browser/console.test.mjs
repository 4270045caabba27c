// Real-browser test of the web console (issue: web console for headless servers): log in with
// the API token, start/stop model sync and health checks, approve a pending sync change, onboard a
// simulated site through the form, find it in the channel list, see a failed update inside the update dialog, delete it.
// Also checks that the page is refused without a session and that a cross-origin POST carrying
// the session cookie is refused. Exit 0 = pass, 77 = skipped, anything else = fail.
//
//   node console.test.mjs <path to uni-load>
//   UNILOAD_WEB_ROOT=resources/web node console.test.mjs <uni-load>   # console changes, no rebuild
import assert from 'node:assert/strict';
import { launchBrowser, prerequisites, startUniLoad } from './harness.mjs';

// The demo's Anthropic-format site accepts this key (core/sim/simdemo.cpp).
const DEMO_CLAUDE_KEY = 'sk-ant-demo-00000000000000000001';
const STEP_TIMEOUT = 30000;

function step(name) {
  console.log(`• ${name}`);
}

// Polls check() until it returns something truthy (the engine publishes its snapshot a moment
// after a change).
async function until(check, what, ms = 5000) {
  for (const end = Date.now() + ms; ;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  const { binary, chromium, playwright } = await prerequisites();
  const server = await startUniLoad(binary);
  let browser;
  try {
    browser = await launchBrowser(playwright, chromium);
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    step('without a session only the login page is served');
    await page.goto(server.url + '/');
    assert.equal(new URL(page.url()).pathname, '/login/');
    const app = await page.request.get(server.url + '/js/app.js', { maxRedirects: 0 });
    assert.equal(app.status(), 401);

    step('a wrong token is refused');
    await page.fill('#token', 'not-the-token');
    await page.click('#login-submit');
    await page.waitForSelector('#login-error:not([hidden])');

    step('log in with the API token');
    await page.fill('#token', server.token);
    await page.click('#login-submit');
    await page.waitForURL(server.url + '/');
    await page.waitForSelector('body[data-ready="true"]');
    const cookies = await context.cookies(server.url);
    const session = cookies.find((c) => c.name.startsWith('uniload_session_'));
    assert.ok(session, 'session cookie set');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(await page.evaluate(() => document.cookie.includes('uniload_session')), false, 'cookie hidden from scripts');

    step('the dashboard shows the demo instances and the jobs of the last hour');
    await page.waitForSelector('#dash-instances table tbody tr');
    await page.waitForSelector('#dash-jobs tbody tr:has-text("Onboard")');
    // The layer counts are uni-load's records (/api/status), the names a capped listing.
    await page.waitForSelector('#dash-layers tbody tr');
    const layerRows = page.locator('#dash-layers tbody tr');
    assert.equal(await layerRows.count(), 3);
    const countShown = async (row) => (await layerRows.nth(row).locator('td').nth(1).textContent()).trim();
    await until(async () => {
      const recorded = (await (await page.request.get(server.url + '/api/status')).json()).layers;
      if (await countShown(0) !== String(recorded.siteGroups) || await countShown(2) !== String(recorded.aggregateGroups)) {
        await page.click('#dash-refresh');
        return false;
      }
      return recorded.aggregateGroups > 0;
    }, 'the dashboard shows the recorded layer counts', 15000);

    step('a running job on the dashboard follows its progress and can be cancelled (the job faked)');
    let polls = 0;
    let cancelled = false;
    await page.route('**/api/jobs', (route) => {
      polls += 1;
      const job = cancelled
        ? { id: 'job-long', kind: 'reconcile', title: 'Reconcile the three layers', state: 'failed', code: 'cancelled', progress: { done: 2, total: 5 } }
        : { id: 'job-long', kind: 'reconcile', title: 'Reconcile the three layers', state: 'running', progress: { done: Math.min(polls, 4), total: 5, step: 'create-group x' } };
      route.fulfill({ json: { jobs: [job] } });
    });
    await page.route('**/api/jobs/job-long/cancel', (route) => {
      cancelled = true;
      route.fulfill({ json: { success: true, message: 'job job-long stops after its current step' } });
    });
    await page.click('#dash-refresh');
    await page.waitForSelector('#dash-jobs tbody tr:has-text("Reconcile the three layers")');
    await page.waitForSelector('#dash-jobs tbody tr:has-text("2 / 5")', { timeout: 10000 });  // no click: it follows
    await page.click('#dash-jobs tbody tr button:has-text("Cancel")');
    await page.waitForSelector('.toast.ok:has-text("stops after its current step")');
    await page.waitForSelector('#dash-jobs tbody tr:has-text("cancelled")');
    assert.equal(await page.locator('#dash-jobs tbody tr button').count(), 0, 'no Cancel once it is over');
    await page.unroute('**/api/jobs');
    await page.unroute('**/api/jobs/job-long/cancel');

    step('a new api.yaml client key is offered on the dashboard and shown once');
    // The demo seeds its api.yaml (with api_keys), so no key is generated: the status and the
    // one-time answer are faked; the engine side is covered by tst_apilayoutroutes.
    const fakeKey = 'sk-' + 'k'.repeat(40);
    let keyRequests = 0;
    await page.route('**/api/status', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.uniApi = { ...(json.uniApi || {}), newClientKeyWaiting: true };
      await route.fulfill({ response, json });
    });
    await page.route('**/api/uniapi/client-key', (route) => {
      keyRequests += 1;
      route.fulfill({ json: { success: true, message: 'the new client key of api.yaml; it is not shown again', data: { clientKey: fakeKey } } });
    });
    await page.click('#dash-refresh');
    await page.click('#dash-client-key button');
    await page.unroute('**/api/status');
    await page.waitForSelector('#diff-dialog[open] pre.client-key');
    assert.equal((await page.textContent('#diff-dialog pre.client-key')).trim(), fakeKey);
    await page.click('#diff-dialog button[value="close"]');
    await page.unroute('**/api/uniapi/client-key');
    assert.equal(keyRequests, 1);
    assert.equal(await page.locator('#dash-client-key').count(), 0, 'the card is gone once the key was shown');
    const again = await page.evaluate(async () => (await fetch('/api/uniapi/client-key', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
    assert.equal(again, 404, 'the demo has no new key waiting');

    step('a failed api.yaml write is offered to be written again from the dashboard (the status faked)');
    await page.route('**/api/status', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.uniApi = { ...(json.uniApi || {}), writeError: 'No space left on device' };
      await route.fulfill({ response, json });
    });
    await page.click('#dash-refresh');
    await page.waitForSelector('#dash-write-again:has-text("No space left on device")');
    await page.unroute('**/api/status');
    await page.click('#dash-write-again button');
    await page.waitForSelector('.toast.ok:has-text("api.yaml is written")', { timeout: 60000 });
    await page.waitForSelector('#dash-write-again', { state: 'detached' });

    step('the start/stop toggles show the state the control reply confirmed, and keep it');
    const controls = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/control')) controls.push(`${new URL(r.url()).pathname} ${JSON.parse(r.postData()).action}`); });
    await page.click('a[data-tab="services"]');
    for (const [toggle, path] of [['#sync-toggle', '/api/sync-models/control'], ['#health-toggle', '/api/check-channels/control']]) {
      await page.waitForSelector(`${toggle}[data-running="true"]`);  // the demo runs both
      assert.equal((await page.textContent(toggle)).trim(), 'Stop');
      for (const [action, running, label] of [['stop', 'false', 'Start'], ['start', 'true', 'Stop']]) {
        await page.click(`${toggle}:not([disabled])`);
        await page.waitForSelector(`${toggle}[data-running="${running}"]:not([disabled])`);
        assert.equal((await page.textContent(toggle)).trim(), label, `${toggle} after ${action}`);
        await page.waitForTimeout(2500);  // past the re-check of the status
        assert.equal(await page.getAttribute(toggle, 'data-running'), running, `${toggle} still ${running} after the refresh`);
        assert.equal((await page.textContent(toggle)).trim(), label);
        assert.equal(controls.at(-1), `${path} ${action}`);
      }
    }
    assert.equal(controls.length, 4, controls.join(', '));

    step('a decided sync change leaves the list at once; its job is followed');
    let pendingList = [{ site: 'demo-openai', model: 'gpt-new', change: 'add' }];
    let jobPolls = 0;
    let releaseJob;
    const jobGate = new Promise((resolve) => { releaseJob = resolve; });  // the job ends when the test says so
    const decisions = [];
    await page.route('**/api/sync/pending', (route) => route.fulfill({ json: { pending: pendingList } }));
    await page.route('**/api/sync/pending/decide', (route) => {
      decisions.push(JSON.parse(route.request().postData()));
      route.fulfill({ json: { success: true, message: '1 change(s) approved, 0 rejected', approved: 1, rejected: 0, jobId: 'job-approve' } });
    });
    await page.route('**/api/jobs/job-approve', async (route) => {
      jobPolls += 1;
      await jobGate;
      pendingList = [];
      route.fulfill({ json: { id: 'job-approve', state: 'failed', error: 'approval failed here' } });
    });
    await page.click('#sync-refresh');
    const pendingRow = page.locator('#sync-pending tbody tr', { hasText: 'gpt-new' });
    await pendingRow.locator('button', { hasText: 'Approve' }).click();
    await pendingRow.waitFor({ state: 'detached' });  // while the job still runs
    await page.waitForSelector('#sync-decisions :has-text("Approving gpt-new")');
    releaseJob();
    await page.waitForSelector('#sync-decisions .error-text:has-text("approval failed here")');
    assert.ok(jobPolls >= 1);
    assert.deepEqual(decisions, [{ site: 'demo-openai', model: 'gpt-new', decision: 'approve' }]);
    await page.unroute('**/api/sync/pending');
    await page.unroute('**/api/sync/pending/decide');
    await page.unroute('**/api/jobs/job-approve');

    step('Cancel run stops a running onboarding; the result says what stays (the job faked slow)');
    await page.click('a[data-tab="site"]');
    let cancelRequests = 0;
    const asyncStart = (url) => url.pathname === '/api/process-ai-site' && url.searchParams.get('async') === '1';
    await page.route(asyncStart, (route) => route.fulfill({ status: 202, json: { success: true, jobId: 'job-slow' } }));
    await page.route('**/api/jobs/job-slow', (route) => route.fulfill({ json: cancelRequests
      ? { id: 'job-slow', state: 'failed', code: 'cancelled', error: 'cancelled' }
      : { id: 'job-slow', state: 'running', progress: { done: 1, total: 5, step: 'discover-models' } } }));
    await page.route('**/api/jobs/job-slow/cancel', (route) => {
      cancelRequests += 1;
      route.fulfill({ json: { success: true, message: 'job job-slow stops after its current step' } });
    });
    await page.fill('#site-baseurl', server.sites[1]);
    await page.fill('#site-keys', DEMO_CLAUDE_KEY);
    await page.click('#site-submit');
    await page.waitForSelector('#site-progress .step:has-text("discover-models")');
    await page.click('#site-cancel');
    await page.waitForSelector('#site-result.bad h3:has-text("Cancelled")');
    assert.match(await page.textContent('#site-result'), /What was created so far stays/);
    assert.equal(cancelRequests, 1);
    await page.unroute(asyncStart);
    await page.unroute('**/api/jobs/job-slow');
    await page.unroute('**/api/jobs/job-slow/cancel');

    step('onboard the demo Anthropic site through the form');
    await page.click('a[data-tab="site"]');
    await page.fill('#site-baseurl', server.sites[1]);
    await page.waitForSelector('#site-preview .badge.ok');
    // A typed name that cannot be used is reported as not used, with the reason.
    await page.fill('#site-name', 'Not--Valid');
    await page.waitForSelector('#site-preview #site-name-note.warn-text:has-text("is not used")');
    assert.match(await page.textContent('#site-name-note'), /not a valid site name/);
    await page.fill('#site-name', '');
    await page.waitForSelector('#site-preview .badge.ok');
    await page.waitForSelector('#site-name-note', { state: 'detached' });
    const siteName = (await page.textContent('#site-preview .badge.ok')).trim();
    assert.ok(siteName.length > 0, 'site name preview');
    await page.uncheck('input[name="channelType"][value="openai"]');
    await page.check('input[name="channelType"][value="anthropic"]');
    await page.fill('#site-keys', DEMO_CLAUDE_KEY);
    await page.waitForSelector('#site-keycount:has-text("1")');
    await page.click('#site-submit');
    await page.waitForSelector('#site-result.ok #result-site-name', { timeout: 60000 });
    assert.equal((await page.textContent('#result-site-name')).trim(), siteName);
    assert.equal(await page.inputValue('#site-keys'), '', 'keys are cleared once sent');
    const resultText = await page.textContent('#site-result');
    assert.ok(!resultText.includes(DEMO_CLAUDE_KEY), 'the key is not shown in the result');
    assert.equal((await page.textContent('#site-result .group-line .badge')).trim(), 'created');
    assert.match(await page.textContent('#site-result > p'), new RegExp(`^Site ${siteName} configured: 1 site group`));

    step('a language switch redraws the preview and the result');
    await page.selectOption('#language', 'zh_CN');
    await page.waitForSelector('#site-result h3:has-text("站点配置完成")');
    assert.equal((await page.textContent('#site-result .group-line .badge')).trim(), '已创建');
    assert.match(await page.textContent('#site-result > p'), new RegExp(`^站点 ${siteName} 配置完成：创建或更新了 1 个站点分组`));
    assert.match(await page.textContent('#site-preview'), /站点名称/);
    await page.selectOption('#language', 'en');
    await page.waitForSelector('#site-result h3:has-text("Site configured")');

    step('the demo helper fills in the Gemini site, which then shows as configured');
    await page.waitForSelector('#site-demo:not([hidden])');
    assert.equal(await page.locator('#site-demo-select option').count(), 3, 'a placeholder and the two sites left for the newcomer');
    assert.match(await page.textContent('#site-demo-select option[value="0"]'), /configured/, 'the Anthropic site was just added');
    await page.selectOption('#site-demo-select', '1');
    assert.equal(await page.inputValue('#site-baseurl'), server.sites[2]);
    assert.ok(await page.isChecked('input[name="channelType"][value="gemini"]'));
    assert.ok(!(await page.isChecked('input[name="channelType"][value="anthropic"]')));
    await page.waitForSelector('#site-keycount:has-text("1")');
    await page.waitForSelector('#site-preview .badge.ok');
    await page.click('#site-submit');
    await page.waitForSelector('#site-result.ok #result-site-name', { timeout: 60000 });
    assert.equal((await page.textContent('#result-site-name')).trim(), 'demo-gemini');
    await page.waitForSelector('#site-demo-select option[value="1"]:has-text("configured")', { state: 'attached' });

    step('the new channel is in the channel list');
    const channel = `${siteName}-anthropic`;
    await page.click('a[data-tab="channels"]');
    const row = page.locator('#ch-list tr', { has: page.locator('.channel-name', { hasText: channel }) });
    await row.waitFor();
    const listText = await page.textContent('#ch-list');
    assert.ok(!listText.includes(DEMO_CLAUDE_KEY), 'no key in the channel list');
    // The demo checked its first channels at start: their state says why on hover.
    const checked = page.locator('#ch-list .badge[title*=" — "]').first();
    await checked.waitFor({ state: 'attached' });
    assert.match(await checked.getAttribute('title'), /model-list probe|requests/, 'the latest check\'s detail');
    // Those checks read each channel's key pool: active of total (the invalid ones as a badge).
    assert.match(await page.textContent('#ch-list'), /\d+ of \d+ active/, 'a checked channel shows its key pool');

    step('the update dialog keeps the site URL and shows a failed update inside the dialog');
    // The demo accepts any new key, so the update's job is made to fail here.
    await page.route('**/api/process-ai-site?async=1', (route) => route.fulfill({ status: 202, json: { success: true, jobId: 'job-update-fails' } }));
    await page.route('**/api/jobs/job-update-fails', (route) => route.fulfill({
      json: { id: 'job-update-fails', state: 'failed', error: 'gpt-load instance refused the keys', code: 'UPSTREAM_ERROR' } }));
    await row.locator('button', { hasText: 'Update' }).click();
    await page.waitForSelector('#update-dialog[open]');
    assert.equal(await page.getAttribute('#update-form input[name="baseUrl"]', 'readonly'), '', 'the site URL is read-only');
    await page.fill('#update-form textarea[name="apiKeys"]', 'sk-ant-demo-00000000000000000002');
    await page.click('#update-submit');
    await page.waitForSelector('#update-dialog .upd-result.error-text:has-text("gpt-load instance refused the keys")');
    assert.ok(await page.evaluate(() => document.getElementById('update-dialog').open), 'the dialog stays open');
    assert.match(await page.textContent('#update-dialog .upd-result'), /Update failed/);
    await page.click('#update-dialog button[value="cancel"]');
    await page.unroute('**/api/process-ai-site?async=1');
    await page.unroute('**/api/jobs/job-update-fails');

    step('the models view shows a model in both formats and saves a weight');
    // The demo relay (OpenAI format) and the Anthropic site both serve Claude Sonnet 4.
    await page.click('a[data-tab="models"]');
    await page.fill('#md-search', 'claude-sonnet-4');
    const modelRow = page.locator('#md-list tbody tr', { hasText: 'claude-sonnet-4-20250514' });
    await modelRow.waitFor();
    assert.deepEqual((await modelRow.locator('.group-name').allTextContents()).sort(),
      ['claude-sonnet-4-20250514', 'claude-sonnet-4-20250514-anthropic'], 'one model group per format');
    const weight = modelRow.locator(`input.weight[data-site-group="${channel}"]`);
    assert.equal(await weight.inputValue(), '1');
    await weight.fill('0');
    await page.waitForSelector('input.weight.invalid');
    assert.ok(await page.isDisabled('#md-save'), 'an invalid weight is not offered for saving');
    await weight.fill('5');
    await page.waitForSelector('#md-save:not([disabled])');
    assert.match(await page.textContent('#md-pending'), /1 unsaved/);
    await page.click('#md-save');
    await page.waitForSelector('.toast.ok:has-text("1 weight(s) saved")', { timeout: 60000 });
    await modelRow.locator('text=set by operator').waitFor();
    assert.equal(await modelRow.locator(`input.weight[data-site-group="${channel}"]`).inputValue(), '5');
    assert.ok(await page.isDisabled('#md-save'));

    step('the reconciliation plan is checked on request and applied');
    assert.match(await page.textContent('#plan-status'), /Not checked yet/);
    await page.click('#plan-check');
    await page.waitForSelector('#plan-status:has-text("Nothing to do")');
    await page.click('#plan-apply');
    await page.click('#confirm-dialog button[value="ok"]');
    await page.waitForSelector('.toast.ok:has-text("Reconciliation done: 0 created, 0 updated, 0 deleted, 0 failed")', { timeout: 60000 });
    await page.waitForSelector('#plan-status:has-text("Nothing to do")');

    step('weight optimization proposes weights from the stats and applies them');
    assert.match(await page.textContent('#wo-status'), /Not read yet/);
    await page.waitForSelector('#wo-loop:has-text("scheduled run is off")');
    await page.click('#wo-preview');
    await page.waitForSelector('#wo-status:has-text("would change")', { timeout: 60000 });
    assert.ok(await page.locator('#wo-details tbody tr').count() >= 2, 'the members of the models both relays serve');
    assert.ok(!(await page.isDisabled('#wo-apply')));
    await page.click('#wo-apply');
    await page.waitForSelector('.toast.ok:has-text("changed and applied to gpt-load")', { timeout: 60000 });
    await page.waitForSelector('#wo-status:has-text("0 weight(s) would change")', { timeout: 60000 });
    assert.ok(await page.isDisabled('#wo-apply'), 'nothing left to apply');
    await page.waitForSelector('#wo-loop:has-text("Last run")');
    await page.fill('#md-search', 'deepseek-chat');
    await page.locator('#md-list tbody tr', { hasText: 'deepseek-chat' }).locator('text=set by the weight optimization').first().waitFor();
    assert.match(await page.textContent('#wo-loop'), /weight\(s\) changed; \d+ model group\(s\) checked/);

    step('taking over from the original: a legacy group is found and deleted on request, keys migrated');
    // The original's older layout: a model group whose upstream is a site group (made here directly in the simulator).
    const listed = await (await page.request.get(server.url + '/api/instances')).json();
    const sim1 = listed.instances.find((i) => i.id === 'sim-1').url;
    const made = await page.request.post(sim1 + '/api/groups', {
      headers: { Authorization: 'Bearer demo-admin-key-1' },
      data: { name: 'deepseek-chat-openai', channel_type: 'openai', sort: 40, test_model: 'deepseek-chat',
        upstreams: [{ url: sim1 + '/proxy/demo-mirror-openai', weight: 1 }] },
    });
    assert.ok(made.ok(), 'legacy group created in the simulator');
    await page.click('#adopt-check');
    await page.waitForSelector('#adopt-details .legacy-pick[value="deepseek-chat-openai"]');
    assert.match(await page.textContent('#adopt-details'), /Nothing to import/);
    assert.ok(await page.isDisabled('#adopt-import'), 'nothing new to import');
    assert.ok(await page.isDisabled('#adopt-delete-legacy'), 'nothing chosen yet');
    await page.check('#adopt-details .legacy-pick[value="deepseek-chat-openai"]');
    await page.click('#adopt-delete-legacy');
    await page.click('#confirm-dialog button[value="ok"]');
    await page.waitForSelector('.toast.ok:has-text("1 legacy group(s) deleted")');
    await page.waitForSelector('#adopt-details .legacy-pick', { state: 'detached' });
    await page.click('#adopt-migrate');
    await page.click('#confirm-dialog button[value="ok"]');
    await page.waitForSelector('.toast.ok:has-text("Keys migrated (0 failed)")', { timeout: 60000 });

    step('the instance file: add an instance (a bad URL is refused in the dialog), edit it, remove it');
    await page.click('a[data-tab="services"]');
    await page.waitForSelector('#inst-list tbody tr >> text=sim-2');
    assert.ok(!(await page.textContent('#inst-list')).includes('demo-admin-key'), 'tokens are masked');
    await page.click('#inst-add');
    await page.waitForSelector('#inst-dialog[open]');
    await page.fill('#inst-form input[name="id"]', 'extra');
    await page.fill('#inst-form input[name="name"]', 'Extra instance');
    await page.fill('#inst-form input[name="url"]', 'ftp://127.0.0.1:9');
    await page.fill('#inst-form input[name="token"]', 'sk-extra-admin-token-0001');
    await page.click('#inst-submit');
    await page.waitForSelector('#inst-result.error-text');
    assert.ok(await page.evaluate(() => document.getElementById('inst-dialog').open), 'the dialog stays open');
    await page.fill('#inst-form input[name="url"]', 'http://127.0.0.1:9');
    await page.click('#inst-submit');
    const extraRow = page.locator('#inst-list tbody tr', { hasText: 'Extra instance' });
    await extraRow.waitFor();
    assert.ok(!(await extraRow.textContent()).includes('sk-extra-admin-token-0001'), 'the new token is masked');
    await extraRow.locator('button.edit').click();
    await page.waitForSelector('#inst-dialog[open]');
    assert.equal(await page.inputValue('#inst-form input[name="token"]'), '', 'the token is not sent back to the page');
    await page.fill('#inst-form input[name="name"]', 'Extra, renamed');
    await page.click('#inst-submit');
    const renamed = page.locator('#inst-list tbody tr', { hasText: 'Extra, renamed' });
    await renamed.waitFor();
    assert.equal(await renamed.locator('td:nth-child(5) .url').count(), 1, 'the edit kept the token');
    await renamed.locator('button.delete').click();
    await page.click('#confirm-dialog button[value="ok"]');
    await renamed.waitFor({ state: 'detached' });

    step('site assignments: a site\'s new site groups go to the other instance, then automatic, then back');
    // The demo assigned its sites to sim-1; the menu's choice is sent, shown and kept on a refresh.
    const assign = page.locator('#assign-list tbody tr', { has: page.locator('strong', { hasText: /^demo-mirror$/ }) }).locator('select.assign-target');
    const siteUrl = await assign.getAttribute('data-url');
    const assignedTo = async () => {
      const multi = await (await page.request.get(server.url + '/api/multi-instances')).json();
      return (multi.siteAssignments[siteUrl] || {}).instanceId || '';
    };
    assert.equal(await assign.inputValue(), 'sim-1');
    assert.equal(await assignedTo(), 'sim-1');
    await until(async () => (await assign.locator('option').count()) === 3, 'the removed instance gone from the menu');
    assert.deepEqual(await assign.locator('option').allTextContents(),
      ['Automatic (by reachability)', 'Simulated gpt-load 1', 'Simulated gpt-load 2']);
    const reassigns = [];
    const onReassign = (r) => { if (r.url().endsWith('/api/reassign-site')) reassigns.push(r.postDataJSON()); };
    page.on('request', onReassign);
    for (const [target, message] of [['sim-2', `${siteUrl} assigned to Simulated gpt-load 2`], ['', `assignment of ${siteUrl} cleared`],
      ['sim-1', `${siteUrl} assigned to Simulated gpt-load 1`]]) {
      await assign.selectOption(target);
      await page.waitForSelector(`.toast.ok:has-text("${message}")`);
      await page.waitForTimeout(300);  // a re-read of the assignments, if any, has come back
      assert.equal(await assign.inputValue(), target, `the menu shows ${target || 'automatic'}`);
      await until(async () => (await assignedTo()) === target, `${siteUrl} → ${target || 'automatic'}`);
      await page.click('#inst-refresh');
      await page.waitForSelector('#inst-refresh:not([disabled])');
      assert.equal(await assign.inputValue(), target, 'still shown after a refresh');
    }
    // A refused change is reported and the menu goes back to the assignment in force.
    await page.route('**/api/reassign-site', (route) => route.fulfill({ status: 400, json: { error: 'unknown instance sim-2', field: 'instanceId' } }));
    await assign.selectOption('sim-2');
    await page.waitForSelector('.toast.error:has-text("unknown instance sim-2")');
    await until(async () => (await assign.inputValue()) === 'sim-1', 'the menu back on sim-1');
    await page.unroute('**/api/reassign-site');
    page.off('request', onReassign);
    assert.deepEqual(reassigns, [{ siteUrl, instanceId: 'sim-2' }, { siteUrl }, { siteUrl, instanceId: 'sim-1' }, { siteUrl, instanceId: 'sim-2' }]);
    assert.equal(await assignedTo(), 'sim-1');

    step('filter rules: an entry added (and one switched off) is saved, a too long one refused');
    await page.click('a[data-tab="settings"]');
    await page.waitForFunction(() => document.getElementById('rules-whitelist').value.includes('gpt-'));
    const originalWhitelist = await page.inputValue('#rules-whitelist');
    await page.fill('#rules-whitelist', originalWhitelist + '\nmy-prefix-\n# switched-off-');
    await page.click('#rules-save');
    await page.waitForSelector('.toast.ok:has-text("Filter rules saved")');
    await page.fill('#rules-whitelist', '');
    await page.click('#rules-reload');
    await page.waitForFunction(() => document.getElementById('rules-whitelist').value.includes('my-prefix-'));
    assert.match(await page.inputValue('#rules-whitelist'), /^# switched-off-$/m, 'a switched-off entry stays, marked');
    await page.fill('#rules-blacklist', (await page.inputValue('#rules-blacklist')) + '\n' + 'x'.repeat(300));
    await page.click('#rules-save');
    await page.waitForSelector('.toast.error');
    await page.click('#rules-reload');
    await page.waitForFunction(() => !document.getElementById('rules-blacklist').value.includes('xxxxxxxxxx'));
    await page.fill('#rules-whitelist', originalWhitelist);
    await page.click('#rules-save');
    await page.waitForFunction(() => !document.getElementById('rules-whitelist').value.includes('my-prefix-'));

    step('settings: a bad value is refused, a good one saved for the next start, then removed');
    await page.click('a[data-tab="settings"]');
    const setting = page.locator('#set-list input[name="MAX_CONCURRENT_REQUESTS"]');
    await setting.waitFor();
    const settingRow = page.locator('#set-list tr', { has: page.locator('input[name="MAX_CONCURRENT_REQUESTS"]') });
    await setting.fill('lots');
    await page.click('#set-save');
    await page.waitForSelector('.toast.error:has-text("MAX_CONCURRENT_REQUESTS")');
    await setting.fill('12');
    await page.click('#set-save');
    await page.waitForSelector('.toast.ok:has-text("settings saved")');
    await settingRow.locator('.badge', { hasText: 'applies at the next start' }).waitFor();
    assert.equal(await setting.inputValue(), '12');
    await setting.fill('');
    await page.click('#set-save');
    await settingRow.locator('.badge', { hasText: 'applies at the next start' }).waitFor({ state: 'detached' });
    assert.equal(await setting.inputValue(), '');

    step('model sync settings: review mode and removal after misses are saved');
    await page.click('a[data-tab="services"]');
    await page.waitForFunction(() => document.getElementById('sync-misses').value !== '');
    const misses = await page.inputValue('#sync-misses');
    const review = await page.isChecked('#sync-review');
    assert.ok(await page.isDisabled('#sync-settings-save'), 'nothing to save yet');
    await page.setChecked('#sync-review', !review);
    await page.fill('#sync-misses', '4');
    await page.click('#sync-settings-save');
    await page.waitForSelector('.toast.ok:has-text("Model sync settings saved")');
    const saved = await page.request.get(server.url + '/api/sync/settings');
    assert.equal((await saved.json()).removalAfterMisses, 4);
    assert.equal(await page.isChecked('#sync-review'), !review);
    await page.setChecked('#sync-review', review);
    await page.fill('#sync-misses', misses);
    await page.click('#sync-settings-save');
    await page.waitForFunction((m) => document.getElementById('sync-misses').value === m
      && document.getElementById('sync-settings-save').disabled, misses);

    step('model sync review mode per site: queue for review, apply automatically, follow the global setting');
    await page.click('#sync-sites-box summary');
    const reviewSite = 'demo-mirror';
    const siteMode = page.locator(`#sync-sites select.site-review[data-site="${reviewSite}"]`);
    assert.equal(await siteMode.inputValue(), 'global');
    const overrides = async () => (await (await page.request.get(server.url + '/api/sync/settings')).json()).siteOverrides;
    // A refresh whose settings answer is still on its way when the first change is saved must
    // not bring back the mode from before the change once it arrives.
    let staleRead;
    const read = new Promise((resolve) => { staleRead = resolve; });
    await page.route('**/api/sync/settings', async (route) => {
      const answer = await route.fetch();  // read before the change, delivered after it
      staleRead();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fulfill({ response: answer });
    }, { times: 1 });
    await page.click('#sync-refresh');
    await read;
    for (const [choice, stored] of [['review', true], ['apply', false], ['global', undefined]]) {
      const [put] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/sync/settings') && r.request().method() === 'PUT'),
        siteMode.selectOption(choice)]);
      assert.ok(put.ok(), `${choice} saved`);
      assert.deepEqual(put.request().postDataJSON(), { siteOverrides: { [reviewSite]: stored ?? null } });
      await page.waitForSelector(`#sync-sites select[data-site="${reviewSite}"]:not([disabled])`);
      await page.waitForSelector('#sync-refresh:not([disabled])');  // the held-back refresh has landed
      assert.equal(await siteMode.inputValue(), choice);
      assert.equal((await overrides())[reviewSite], stored, `${choice} stored`);
      await page.click('#sync-refresh');
      await page.waitForSelector('#sync-refresh:not([disabled])');
      assert.equal(await siteMode.inputValue(), choice, `${choice} still shown after a refresh`);
    }
    await page.waitForSelector(`.toast.ok:has-text("Review mode of ${reviewSite} saved.")`, { state: 'attached' });
    await page.route('**/api/sync/settings', (route) => (route.request().method() === 'PUT'
      ? route.fulfill({ status: 404, json: { error: `no site ${reviewSite}` } }) : route.continue()));
    await siteMode.selectOption('review');
    await page.waitForSelector(`.toast.error:has-text("no site ${reviewSite}")`);
    await until(async () => (await siteMode.inputValue()) === 'global', 'the menu back on the global setting');
    await page.unroute('**/api/sync/settings');
    assert.deepEqual(await overrides(), {}, 'no override left');

    step('uni-api: managed providers, the pending diff, a backup restored after its diff, the proxy keys rotated');
    await page.waitForSelector('#uni-summary:has-text("provider(s) managed")');
    await page.click('#svc-uniapi summary:has-text("Managed providers")');
    await page.waitForSelector('#uni-providers tbody tr >> text=gptload-claude-sonnet-4-20250514-anthropic');
    await page.click('#uni-preview');
    await page.waitForSelector('#diff-dialog[open] .message:has-text("api.yaml")');
    await page.click('#diff-dialog button[value="close"]');
    await page.click('#svc-uniapi summary:has-text("Backups")');
    const restoreButton = page.locator('#uni-backups button.restore').first();
    await restoreButton.click();
    await page.waitForSelector('#confirm-dialog[open] pre.diff span.hunk');  // the restore's diff, before it happens
    const restoreDiff = await page.textContent('#confirm-dialog pre.diff');
    assert.ok(!/api:\s*"?sk-[A-Za-z0-9]{12,}/.test(restoreDiff), 'keys are masked in the diff');
    await page.click('#confirm-dialog button[value="ok"]');
    await page.waitForSelector('.toast.ok:has-text("restored")');
    await page.uncheck('#uni-rotate-gateway');
    await page.click('#uni-rotate');
    await page.click('#confirm-dialog button[value="ok"]');
    await page.waitForSelector('#uni-keys:has-text("hop sk-")', { timeout: 60000 });
    assert.match(await page.textContent('#uni-keys'), /hop sk-\w{1,4}…\w{4}/, 'only a masked preview');
    await page.check('#uni-rotate-gateway');

    step('activity: the engine events and the log, without secrets');
    await page.click('a[data-tab="activity"]');
    await page.waitForSelector('#act-events tbody tr');
    assert.ok((await page.locator('#act-events tbody td:nth-child(3)').allTextContents()).includes('instance up'), 'event kinds in words');
    await page.waitForSelector('#act-logs tbody tr');
    const activity = await page.textContent('#view-activity');
    assert.ok(!activity.includes(server.token), 'no API token in the log');
    assert.ok(!activity.includes(DEMO_CLAUDE_KEY), 'no site key in the log');
    // The filter's drop counts read as words, not as JSON.
    await page.fill('#act-search', 'kept; dropped');
    await page.waitForSelector('#act-logs tbody tr >> text=/dropped blacklist: \\d+/');
    assert.ok(!(await page.textContent('#act-logs')).includes('{"'), 'no raw JSON in the log view');
    await page.fill('#act-search', '');
    await page.selectOption('#act-level', 'warn');
    for (const level of await page.locator('#act-logs tbody tr td:nth-child(2)').allTextContents()) assert.equal(level, 'warn');

    step('a cross-origin POST with the session cookie is refused');
    const forged = await page.request.post(server.url + '/api/check-channels', {
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, data: '{}',
    });
    assert.equal(forged.status(), 403);

    step('delete the channel');
    await page.click('a[data-tab="channels"]');
    await row.locator('button.delete').click();
    await page.click('#confirm-dialog button[value="ok"]');
    await row.waitFor({ state: 'detached', timeout: 60000 });

    step('clean up & reset: every model group deleted as a job, its progress on the button, the label back afterwards');
    await page.click('a[data-tab="services"]');
    const resetLabel = await page.textContent('#sync-reset');
    await page.click('#sync-reset');
    // The question names what a dry run found.
    await page.waitForSelector('#confirm-dialog .message:has-text("model groups uni-load created")');
    assert.match(await page.textContent('#confirm-dialog .message'), /Delete the \d+ model groups/);
    await page.click('#confirm-dialog button[value="ok"]');
    await page.waitForSelector('.toast:has-text("model groups deleted")', { timeout: 60000 });
    assert.equal(await page.textContent('#sync-reset'), resetLabel);
    const layers = await (await page.request.get(server.url + '/api/architecture-status')).json();
    assert.equal(layers.layers.layer3.count, 0, 'no model group left');

    step('switch to Chinese');
    // On the settings tab: the server's descriptions of the settings come again in Chinese.
    await page.click('a[data-tab="settings"]');
    const limitHint = page.locator('#set-list tr', { has: page.locator('input[name="MAX_CONCURRENT_REQUESTS"]') }).locator('.hint');
    assert.doesNotMatch(await limitHint.textContent(), /[\u4e00-\u9fff]/);
    await page.selectOption('#language', 'zh_CN');
    assert.equal(await page.textContent('a[data-tab="channels"]'), '渠道管理');
    await until(async () => /[\u4e00-\u9fff]/.test(await limitHint.textContent()), 'the setting descriptions in Chinese');
    // The engine's own texts follow: a channel's latest check reads in Chinese.
    await page.click('a[data-tab="channels"]');
    await page.locator('#ch-list .badge[title*="模型列表探测"]').first().waitFor({ state: 'attached' });
    // The site assignments and the review mode per site, used in Chinese.
    let siteGroupReads = 0;
    const countReads = (request) => { if (new URL(request.url()).pathname === '/api/channels/site-groups') siteGroupReads += 1; };
    page.on('request', countReads);
    await page.waitForTimeout(2100);  // past the 2 s in which a read is shared (api.js getShared)
    await page.click('a[data-tab="services"]');
    await page.waitForSelector('#assign-list th:has-text("新站点分组放在")');
    await page.waitForSelector('#sync-sites th');
    await page.waitForSelector('#health-deep h4');
    page.off('request', countReads);
    // Three panels need the live site groups: one request answers them all.
    assert.equal(siteGroupReads, 1, 'the services tab reads the site groups once');
    assert.equal(await page.textContent('#assign-list select.assign-target option[value=""] >> nth=0'), '自动（按可达性）');
    await assign.selectOption('sim-2');
    await page.waitForSelector(`.toast.ok:has-text("${siteUrl} 已分配到 Simulated gpt-load 2")`);
    await assign.selectOption('sim-1');
    await page.waitForSelector(`.toast.ok:has-text("${siteUrl} 已分配到 Simulated gpt-load 1")`);
    await until(async () => (await assignedTo()) === 'sim-1', `${siteUrl} back on sim-1`);
    assert.equal((await page.textContent('#sync-sites-box summary')).trim(), '按站点设置审核模式');
    await page.waitForSelector('#sync-sites th:has-text("模型变更")');
    assert.deepEqual(await siteMode.locator('option').allTextContents(), ['沿用全局设置', '自动应用', '排队等待审核']);
    await siteMode.selectOption('review');
    await page.waitForSelector(`.toast.ok:has-text("${reviewSite} 的审核模式已保存。")`);
    await siteMode.selectOption('global');
    await until(async () => !(reviewSite in (await overrides())), 'the override cleared');

    step('log out');
    await page.click('#logout');
    await page.waitForURL(server.url + '/login/');
    const after = await page.request.get(server.url + '/api/status');
    assert.equal(after.status(), 401);

    assert.deepEqual(pageErrors, [], 'no script errors');
    console.log('web console browser test: 1 passed, 0 failed');
  } finally {
    if (browser) await browser.close();
    const code = await server.stop();
    if (code !== 0) console.log(`uni-load exited with ${code}\n${server.log().slice(-3000)}`);
  }
}

main().catch((err) => {
  console.error(err && err.stack || err);
  process.exit(1);
});
