// Real-browser test of the web console (issue: web console for headless servers): log in with
// the API token, onboard a simulated site through the form, find it in the channel list, delete
// it. Also checks that the page is refused without a session and that a cross-origin POST
// carrying the session cookie is refused. Exit 0 = pass, 77 = skipped, anything else = fail.
//
//   node console.test.mjs <path to uni-load>
import assert from 'node:assert/strict';
import { launchBrowser, prerequisites, startUniLoad } from './harness.mjs';

// The demo's Anthropic-format site accepts this key (core/sim/simdemo.cpp).
const DEMO_CLAUDE_KEY = 'sk-ant-demo-00000000000000000001';
const STEP_TIMEOUT = 30000;

function step(name) {
  console.log(`• ${name}`);
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
    const session = cookies.find((c) => c.name === 'uniload_session');
    assert.ok(session, 'session cookie set');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(await page.evaluate(() => document.cookie.includes('uniload_session')), false, 'cookie hidden from scripts');

    step('the dashboard shows the demo instances');
    await page.waitForSelector('#dash-instances table tbody tr');

    step('onboard the demo Anthropic site through the form');
    await page.click('a[data-tab="site"]');
    await page.fill('#site-baseurl', server.sites[1]);
    await page.waitForSelector('#site-preview .badge.ok');
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

    step('the new channel is in the channel list');
    const channel = `${siteName}-anthropic`;
    await page.click('a[data-tab="channels"]');
    const row = page.locator('#ch-list tr', { has: page.locator('.channel-name', { hasText: channel }) });
    await row.waitFor();
    const listText = await page.textContent('#ch-list');
    assert.ok(!listText.includes(DEMO_CLAUDE_KEY), 'no key in the channel list');

    step('a cross-origin POST with the session cookie is refused');
    const forged = await page.request.post(server.url + '/api/check-channels', {
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, data: '{}',
    });
    assert.equal(forged.status(), 403);

    step('delete the channel');
    await row.locator('button.delete').click();
    await page.click('#confirm-dialog button[value="ok"]');
    await row.waitFor({ state: 'detached', timeout: 60000 });

    step('switch to Chinese');
    await page.selectOption('#language', 'zh_CN');
    assert.equal(await page.textContent('a[data-tab="channels"]'), '渠道管理');

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
