// Times the web console's tabs in headless Chromium (playwright-core from the project's
// tests/web/browser/node_modules, launched like harness.mjs does), at whatever scale the server holds.
//
//   node browser_measure.mjs URL TOKEN SERVER_PID SIM_PID OUT.json [idleSeconds=60]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';

// playwright-core as the browser test installs it (tests/web/browser, npm ci).
const require = createRequire(new URL('../../web/browser/package.json', import.meta.url));
const playwright = require('playwright-core');
const [url, token, serverPid, simPid, outFile, idleArg] = process.argv.slice(2);
const IDLE = Number(idleArg || 60);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'];
const CLK = 100;

function cpuOf(pid) {
  try {
    const parts = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop().trim().split(/\s+/);
    return (Number(parts[11]) + Number(parts[12])) / CLK;
  } catch { return 0; }
}
function rssOf(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]); } catch { return 0; }
}
function cmdline(pid) {
  try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '); } catch { return ''; }
}
function ppid(pid) {
  try { return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop().trim().split(/\s+/)[1]); } catch { return 0; }
}
// Chromium processes descending from this node process, renderer ones flagged.
function chromiumProcs() {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) if (!mine.has(p) && mine.has(ppid(p))) { mine.add(p); grew = true; }
  }
  mine.delete(process.pid);
  return [...mine].map((pid) => ({ pid, renderer: cmdline(pid).includes('--type=renderer'), cmd: cmdline(pid).slice(0, 80) }));
}

const out = { url, tabs: {}, idle: {} };
const browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timeout: 60000 });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await context.addInitScript(() => {
  window.__long = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, dur: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__longError = String(e); }
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

// Every API request with its size and time.
let log = [];
const inflight = new Set();
page.on('request', (r) => { if (r.url().includes('/api/')) { inflight.add(r); r.__t = Date.now(); } });
page.on('requestfinished', async (r) => {
  if (!inflight.delete(r)) return;
  let bytes = 0;
  try { bytes = (await r.sizes()).responseBodySize; } catch {}
  log.push({ path: new URL(r.url()).pathname + new URL(r.url()).search, ms: Date.now() - r.__t, bytes, at: Date.now() });
});
page.on('requestfailed', (r) => inflight.delete(r));

async function settle(quietMs = 500, maxMs = 120000) {
  const t0 = Date.now();
  let quietSince = Date.now();
  let lastLong = -1;
  while (Date.now() - t0 < maxMs) {
    await page.waitForTimeout(100);
    const n = await page.evaluate(() => window.__long.length);
    if (inflight.size > 0 || n !== lastLong) { quietSince = Date.now(); lastLong = n; }
    else if (Date.now() - quietSince >= quietMs) return Date.now() - t0 - quietMs;
  }
  return -1;
}

// Login (as the browser test does).
let t = Date.now();
await page.goto(url + '/');
await page.fill('#token', token);
await page.click('#login-submit');
await page.waitForURL(url + '/');
await page.waitForSelector('body[data-ready="true"]');
out.loginMs = Date.now() - t;
await settle();

const TABS = {
  dashboard: '#dash-failing table',
  site: '#view-site form',
  channels: '#ch-list table tbody tr',
  models: '#md-list table tbody tr',
  services: '#health-deep table tbody tr',
  activity: '#view-activity',
  settings: '#set-list table',
};
// Two passes: the first visit, then a second one (caches warm, state held by the modules).
for (const pass of (process.env.SKIP_TABS ? [] : [1, 2])) {
  for (const [tab, selector] of Object.entries(TABS)) {
    if (pass === 1 && tab === 'dashboard') {
      await page.evaluate(() => { window.location.hash = '#site'; });
      await settle();
    }
    log = [];
    await page.evaluate(() => { window.__long = []; });
    const m0 = await metrics();
    const c0 = cpuOf(serverPid), s0 = cpuOf(simPid);
    const t0 = Date.now();
    await page.evaluate((h) => { window.__navAt = performance.now(); window.location.hash = '#' + h; }, tab);
    let contentMs = -1;
    try { await page.waitForSelector(selector, { timeout: 120000 }); contentMs = Date.now() - t0; } catch {}
    const settledMs = await settle();
    const m1 = await metrics();
    const longs = await page.evaluate(() => window.__long.filter((e) => e.start >= window.__navAt));
    const dom = await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      view: document.querySelector('.view:not([hidden])').getElementsByTagName('*').length,
      rows: document.querySelector('.view:not([hidden])').querySelectorAll('tr').length,
      inputs: document.querySelector('.view:not([hidden])').querySelectorAll('input,select,button').length,
    }));
    const entry = {
      contentMs, settledMs, dom,
      longTasks: longs.length, longTaskTotalMs: Math.round(longs.reduce((s, e) => s + e.dur, 0)), longTaskMaxMs: Math.round(Math.max(0, ...longs.map((e) => e.dur))),
      scriptMs: Math.round((m1.ScriptDuration - m0.ScriptDuration) * 1000), layoutMs: Math.round((m1.LayoutDuration - m0.LayoutDuration) * 1000),
      styleMs: Math.round((m1.RecalcStyleDuration - m0.RecalcStyleDuration) * 1000), taskMs: Math.round((m1.TaskDuration - m0.TaskDuration) * 1000),
      jsHeapMB: +(m1.JSHeapUsedSize / 1048576).toFixed(1),
      serverCpuMs: Math.round((cpuOf(serverPid) - c0) * 1000), simCpuMs: Math.round((cpuOf(simPid) - s0) * 1000),
      requests: log.map((r) => ({ path: r.path, ms: r.ms, bytes: r.bytes })),
      bytes: log.reduce((s, r) => s + r.bytes, 0),
    };
    out.tabs[`${tab}#${pass}`] = entry;
    console.log(`pass ${pass} ${tab.padEnd(9)} content ${String(contentMs).padStart(6)} ms settled ${String(settledMs).padStart(6)} ms  long ${entry.longTasks} (${entry.longTaskTotalMs} ms, max ${entry.longTaskMaxMs})  script ${entry.scriptMs} layout ${entry.layoutMs} style ${entry.styleMs}  DOM ${dom.nodes} (view ${dom.view}, rows ${dom.rows}, inputs ${dom.inputs})  ${log.length} req ${(entry.bytes / 1048576).toFixed(2)} MB  server cpu ${entry.serverCpuMs} ms`);
  }
}

// Typing in a search field: each character redraws the list; timed per character (focus, key, settled).
for (const [tab, field, text] of [['models', '#md-search', 'gpt-'], ['channels', '#ch-search', 'bench']]) {
  await page.evaluate((h) => { window.location.hash = '#' + h; }, tab);
  await settle();
  await page.focus(field);
  const perChar = [];
  for (const ch of text) {
    const t0 = Date.now();
    await page.evaluate(() => { window.__long = []; window.__navAt = performance.now(); });
    await page.keyboard.press(ch === '-' ? 'Minus' : ch);
    // A frame after the redraw: the keystroke's work (input handler, layout, paint) is done.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const longs = await page.evaluate(() => window.__long.filter((e) => e.start >= window.__navAt));
    perChar.push({ ms: Date.now() - t0, longMax: Math.round(Math.max(0, ...longs.map((e) => e.dur))) });
  }
  out[`typing-${tab}`] = perChar;
  console.log(`typing into ${field}, per character:`, JSON.stringify(perChar));
  await page.fill(field, '');
  await settle();
}

// Idle on a tab for IDLE seconds: what the periodic refresh costs (browser, server, simulated gpt-load).
for (const tab of (process.env.IDLE_TABS || 'dashboard,models,services').split(',')) {
  await page.evaluate((h) => { window.location.hash = '#' + h; }, tab);
  await settle();
  log = [];
  await page.evaluate(() => { window.__long = []; window.__navAt = performance.now(); });
  const procs = chromiumProcs();
  const p0 = Object.fromEntries(procs.map((p) => [p.pid, cpuOf(p.pid)]));
  const m0 = await metrics();
  const c0 = cpuOf(serverPid), s0 = cpuOf(simPid), r0 = rssOf(serverPid);
  await page.waitForTimeout((tab === 'dashboard' ? IDLE : Math.min(IDLE, 45)) * 1000);
  await settle();
  const m1 = await metrics();
  const longs = await page.evaluate(() => window.__long.filter((e) => e.start >= window.__navAt));
  const rendererCpu = procs.filter((p) => p.renderer).reduce((s, p) => s + cpuOf(p.pid) - p0[p.pid], 0);
  const allCpu = procs.reduce((s, p) => s + cpuOf(p.pid) - p0[p.pid], 0);
  const e = {
    seconds: tab === 'dashboard' ? IDLE : Math.min(IDLE, 45), requests: log.length, bytes: log.reduce((s, r) => s + r.bytes, 0),
    paths: [...new Set(log.map((r) => r.path))],
    rendererCpuS: +rendererCpu.toFixed(2), chromiumCpuS: +allCpu.toFixed(2),
    taskS: +(m1.TaskDuration - m0.TaskDuration).toFixed(2), scriptS: +(m1.ScriptDuration - m0.ScriptDuration).toFixed(2),
    layoutS: +(m1.LayoutDuration - m0.LayoutDuration).toFixed(2),
    longTasks: longs.length, longTaskTotalMs: Math.round(longs.reduce((s, x) => s + x.dur, 0)), longTaskMaxMs: Math.round(Math.max(0, ...longs.map((x) => x.dur))),
    serverCpuS: +(cpuOf(serverPid) - c0).toFixed(2), simCpuS: +(cpuOf(simPid) - s0).toFixed(2),
    serverRssKb: [r0, rssOf(serverPid)], jsHeapMB: +(m1.JSHeapUsedSize / 1048576).toFixed(1),
    requestLog: log.map((r) => ({ path: r.path, ms: r.ms, bytes: r.bytes })),
  };
  out.idle[tab] = e;
  console.log(`idle ${e.seconds}s on ${tab}: ${e.requests} req ${(e.bytes / 1048576).toFixed(1)} MB, renderer CPU ${e.rendererCpuS} s (all chromium ${e.chromiumCpuS} s), task ${e.taskS} s script ${e.scriptS} s, long tasks ${e.longTasks} (${e.longTaskTotalMs} ms, max ${e.longTaskMaxMs}), server CPU ${e.serverCpuS} s, sim CPU ${e.simCpuS} s, server RSS ${e.serverRssKb.join(' -> ')} kB, JS heap ${e.jsHeapMB} MB`);
  console.log('   paths:', e.paths.join(' '));
}

writeFileSync(outFile, JSON.stringify(out, null, 1));
await browser.close();
