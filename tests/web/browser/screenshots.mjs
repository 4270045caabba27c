// Writes the README's console screenshots: resources/screenshots/web-en.png and web-zh_CN.png
// (the dashboard of `uni-load --headless --demo`, after the demo has onboarded its two relays)
// , web-models-en.png / web-models-zh_CN.png (the models view, filtered to the DeepSeek models
// both relays serve) and web-weights-en.png / web-weights-zh_CN.png (the weight optimization's
// proposal for them).
//
//   node screenshots.mjs <path to uni-load> [output directory]
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, prerequisites, startUniLoad } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[3] || join(here, '../../../resources/screenshots'));

// The demo onboards its two relays one after the other: done when both site groups exist and
// api.yaml holds a provider for every model group.
async function waitForDemoSites(request, url) {
  for (let i = 0; i < 100; ++i) {
    const arch = await (await request.get(url + '/api/architecture-status')).json();
    const status = await (await request.get(url + '/api/status')).json();
    const layers = (arch && arch.layers) || {};
    const l1 = (layers.layer1 && layers.layer1.count) || 0;
    const l3 = (layers.layer3 && layers.layer3.count) || 0;
    if (l1 >= 2 && l3 > 0 && status.uniApi && status.uniApi.managedCount === l3) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the demo sites were not onboarded in time');
}

async function main() {
  const { binary, chromium, playwright } = await prerequisites();
  mkdirSync(outDir, { recursive: true });
  const server = await startUniLoad(binary);
  const browser = await launchBrowser(playwright, chromium);
  try {
    for (const [language, locale] of [['en', 'en-US'], ['zh_CN', 'zh-CN']]) {
      const context = await browser.newContext({ locale, viewport: { width: 1180, height: 760 }, colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(server.url + '/login/');
      await page.fill('#token', server.token);
      await page.click('#login-submit');
      await page.waitForURL(server.url + '/');
      await waitForDemoSites(page.request, server.url);
      await page.selectOption('#language', language);
      await page.click('#dash-refresh');
      await page.waitForSelector('#dash-instances table tbody tr');
      await page.waitForSelector('#dash-layers table');
      await page.waitForTimeout(300);
      const file = join(outDir, `web-${language}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);

      await page.click('a[data-tab="models"]');
      await page.fill('#md-search', 'deepseek');
      await page.waitForSelector('#md-list tbody tr input.weight');
      await page.waitForTimeout(300);
      const models = join(outDir, `web-models-${language}.png`);
      await page.screenshot({ path: models });
      console.log(`wrote ${models}`);

      await page.click('#wo-preview');
      await page.waitForSelector('#wo-details tbody tr');
      await page.locator('#wo-card').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      const weights = join(outDir, `web-weights-${language}.png`);
      await page.locator('#wo-card').screenshot({ path: weights });
      console.log(`wrote ${weights}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err && err.stack || err);
  process.exit(1);
});
