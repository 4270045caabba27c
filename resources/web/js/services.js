// Service status (uni-load-behaviour.md §23.3): model sync, channel health, temporary groups.
import { api, followJob, get, getShared, post, runJob } from './api.js';
import { t } from './i18n.js';
import { $, badge, checkDetail, clear, confirmAction, el, formatTime, latest, progressOn, table, toast, withButton, writing } from './ui.js';
import { initInstances, refreshInstances } from './instances.js';
import { initUniApi, refreshUniApi } from './uniapi.js';

let syncRunning = false;
let healthRunning = false;
let syncSettingsDirty = false;  // edited and not saved yet: refreshes leave the fields alone

// The state a start/stop control reply confirmed. The status snapshot can lag behind the reply
// for a moment, so until it agrees (or GRACE_MS pass) the confirmed state is shown and the
// status is fetched again shortly.
const GRACE_MS = 10000;
const RECHECK_MS = 1200;
const confirmed = { sync: null, health: null };
const lastInterval = { sync: 0, health: 0 };  // minutes, from the last status
const recheckTimers = { sync: 0, health: 0 };

function confirmState(service, running, intervalMinutes) {
  confirmed[service] = { running, intervalMinutes, until: Date.now() + GRACE_MS };
}

// The running state to show: the snapshot's, unless a recent control reply says otherwise.
function shownRunning(service, snapshotRunning, refresh) {
  const c = confirmed[service];
  clearTimeout(recheckTimers[service]);
  if (!c || Date.now() > c.until || c.running === snapshotRunning) {
    confirmed[service] = null;
    return { running: snapshotRunning, lagging: false };
  }
  recheckTimers[service] = setTimeout(() => { refresh().catch(() => {}); }, RECHECK_MS);
  return { running: c.running, lagging: true };
}

function syncLine(s, running, lagging) {
  if (lagging) {
    const n = (confirmed.sync && confirmed.sync.intervalMinutes) || s.intervalMinutes;
    return running ? (n ? t('sync.everyN', { n }) : t('common.running')) : t('sync.stopped');
  }
  return s.isRunning ? t('sync.syncing')
    : running ? t('sync.every', { n: s.intervalMinutes, time: formatTime(s.nextSync) }) : t('sync.stopped');
}

async function refreshSync() {
  const s = await get('/api/sync/status');
  if (s.intervalMinutes) lastInterval.sync = s.intervalMinutes;
  const { running, lagging } = shownRunning('sync', !!s.hasInterval, refreshSync);
  syncRunning = running;
  $('#sync-status').textContent = syncLine(s, running, lagging) + (s.lastSync ? ' · ' + t('sync.last', { time: formatTime(s.lastSync) }) : '')
    + (s.reviewMode ? ' · ' + t('sync.review') : '');
  $('#sync-toggle').textContent = syncRunning ? t('common.stop') : t('common.start');
  $('#sync-toggle').dataset.running = String(syncRunning);
  const pending = await get('/api/sync/pending').catch(() => ({ pending: [] }));
  renderPending(pending.pending || []);
  const fresh = latest('sync-settings');
  const settings = await get('/api/sync/settings');
  const sites = await managedSites();
  if (!fresh()) return;  // asked for before a change that has been drawn since
  if (!syncSettingsDirty) showSyncSettings(settings);
  renderSiteReview(settings, sites);
}

const siteOf = (g) => g.name.slice(0, g.name.lastIndexOf('-'));

async function managedSites() {
  const list = await getShared('/api/channels/site-groups').catch(() => ({ siteGroups: [] }));
  return [...new Set((list.siteGroups || []).filter((g) => g._state).map(siteOf))].sort();
}

// Review mode per site (PUT /api/sync/settings siteOverrides): follow the global setting
// (null), apply automatically (false) or queue for review (true); saved on change. Settings
// answers go through latest('sync-settings'): one asked for before a change was saved must not
// draw the mode from before it, and a menu whose change is being saved stays busy when redrawn.
function renderSiteReview(settings, sites) {
  const overrides = settings.siteOverrides || {};
  const rows = sites.map((site) => {
    const select = el('select', { class: 'site-review', 'aria-label': t('sync.siteModeLabel', { site }), dataset: { site, busy: 'site-review:' + site } },
      el('option', { value: 'global', text: t('sync.followGlobal') }),
      el('option', { value: 'apply', text: t('sync.applyAuto') }),
      el('option', { value: 'review', text: t('sync.queueReview') }));
    select.value = !(site in overrides) ? 'global' : overrides[site] ? 'review' : 'apply';
    select.addEventListener('change', () => saveSiteReview(select, site));
    return [el('strong', { text: site }), select];
  });
  clear($('#sync-sites')).append(table([t('col.site'), t('sync.siteMode')], rows, t('assign.none')));
}

// A refused change reads the settings again, so the menu shows the mode in force.
async function saveSiteReview(select, site) {
  const value = select.value === 'global' ? null : select.value === 'review';
  const done = await withButton(select, async () => {
    const r = await writing('sync-settings', () => api('PUT', '/api/sync/settings', { siteOverrides: { [site]: value } }));
    toast(t('sync.siteSaved', { site }), 'ok');
    const fresh = latest('sync-settings');
    const sites = await managedSites();
    if (fresh()) renderSiteReview(r, sites);
    return true;
  });
  if (!done) {
    const fresh = latest('sync-settings');
    try {
      const [settings, sites] = await Promise.all([get('/api/sync/settings'), managedSites()]);
      if (fresh()) renderSiteReview(settings, sites);
    } catch (err) {
      if (err.status !== 401) toast(err.message, 'error');
    }
  }
}

function showSyncSettings(settings) {
  $('#sync-review').checked = Boolean(settings.reviewMode);
  $('#sync-misses').value = String(settings.removalAfterMisses ?? '');
  syncSettingsDirty = false;
  $('#sync-settings-save').disabled = true;
}

async function saveSyncSettings(button) {
  const misses = Number($('#sync-misses').value);
  await withButton(button, async () => {
    const r = await writing('sync-settings', () =>
      api('PUT', '/api/sync/settings', { reviewMode: $('#sync-review').checked, removalAfterMisses: misses }));
    showSyncSettings(r);
    toast(t('sync.settingsSaved'), 'ok');
    await refreshSync();
  });
  $('#sync-settings-save').disabled = !syncSettingsDirty;
}

// Changes decided here whose decision (an approval is a job) has not ended: the server still
// lists them until then, and a refresh must not offer them again.
const deciding = new Set();
const decisionKey = (p) => p.site + '\n' + p.model;

function renderPending(list) {
  const rows = list.filter((p) => !deciding.has(decisionKey(p))).map((p) => [p.site, p.model, badge(t('sync.' + p.change), p.change === 'add' ? 'ok' : 'warn'),
    el('div', { class: 'row-actions' },
      el('button', { type: 'button', class: 'small', text: t('sync.approve'), onclick: (e) => decide(e.currentTarget, p, 'approve') }),
      el('button', { type: 'button', class: 'small secondary', text: t('sync.reject'), onclick: (e) => decide(e.currentTarget, p, 'reject') }))]);
  const box = clear($('#sync-pending'));
  if (rows.length) box.append(el('h4', { text: t('sync.pending') }), table([t('col.site'), t('col.model'), t('col.change'), ''], rows));
}

// Approving or rejecting takes the row off at once; an approval runs as a job, followed here
// until it ends, and the list is fetched again afterwards. Failures stay visible under the list.
async function decide(button, p, decision) {
  deciding.add(decisionKey(p));
  try {
    await decideOne(button, p, decision);
  } finally {
    deciding.delete(decisionKey(p));
  }
  await refreshSync().catch((err) => { if (err.status !== 401) toast(err.message, 'error'); });
}

async function decideOne(button, p, decision) {
  const row = button.closest('tr');
  const buttons = row ? Array.from(row.querySelectorAll('button')) : [button];
  for (const b of buttons) b.disabled = true;
  if (row) row.classList.add('deciding');
  const notes = $('#sync-decisions');
  const label = `${p.model} (${p.site})`;
  const note = el('div', { class: 'hint', text: t(decision === 'approve' ? 'sync.approving' : 'sync.rejecting', { what: label }) });
  notes.append(note);
  let r;
  try {
    r = await post('/api/sync/pending/decide', { site: p.site, model: p.model, decision });
  } catch (err) {
    note.remove();
    for (const b of buttons) b.disabled = false;
    if (row) row.classList.remove('deciding');
    if (err.status !== 401) toast(err.message, 'error');
    return;
  }
  if (row) {
    const tbody = row.parentNode;
    row.remove();
    if (tbody && !tbody.children.length) clear($('#sync-pending'));
  }
  try {
    if (r && r.jobId) await followJob(r.jobId);
    note.remove();
    toast(r.message, 'ok');
  } catch (err) {
    note.className = 'error-text';
    note.textContent = t('sync.decisionFailed', { what: label }) + ': ' + err.message;
    toast(note.textContent, 'error');
  }
}

async function refreshHealth() {
  const fresh = latest('health');
  const [status, failed] = await Promise.all([get('/api/status'), get('/api/failed-channels')]);
  if (!fresh()) return;  // asked for before a reset that has been drawn since
  const h = status.channelHealth || {};
  if (h.intervalMinutes) lastInterval.health = h.intervalMinutes;
  const { running, lagging } = shownRunning('health', !!h.hasInterval, refreshHealth);
  healthRunning = running;
  const n = lagging ? ((confirmed.health && confirmed.health.intervalMinutes) || h.intervalMinutes) : h.intervalMinutes;
  const line = !running ? t('health.stopped')
    : lagging ? (n ? t('health.everyN', { n }) : t('common.running')) : t('health.every', { n, time: formatTime(h.nextCheck) });
  $('#health-status').textContent = (h.isRunning ? t('health.checking') + ' · ' : '') + line
    + ' · ' + t('health.threshold', { n: h.failureThreshold ?? 0 }) + ' · ' + t('health.withFailures', { n: h.failureCount ?? 0 });
  $('#health-toggle').textContent = healthRunning ? t('common.stop') : t('common.start');
  $('#health-toggle').dataset.running = String(healthRunning);
  const rows = (failed.failedChannels || []).map((f) => [el('strong', { text: f.name }), `${f.failures} / ${f.threshold}`,
    f.willBeRemoved ? badge(t('health.willBeRemoved'), 'bad') : '', checkDetail(f.detail, f.lastCheck),
    el('button', { type: 'button', class: 'small secondary', text: t('health.reset'), onclick: (e) => resetFailures(e.currentTarget, f.name) })]);
  clear($('#health-failed')).append(el('h4', { text: t('health.failed') }),
    table([t('col.channel'), t('col.failures'), '', t('col.lastResult'), ''], rows, t('dash.noFailing')));
  await refreshDeepProbe();
}

// Deep probe per channel (a setting of its site; uni-load-behaviour.md §16.3): billable, so
// turning it on is confirmed with its cost.
async function refreshDeepProbe() {
  const fresh = latest('deep-probe');
  const list = await getShared('/api/channels/site-groups').catch(() => ({ siteGroups: [] }));
  if (!fresh()) return;
  const managed = (list.siteGroups || []).filter((g) => g._state).sort((a, b) => (a.name || '').localeCompare(b.name || ''));
  const rows = managed.map((g) => {
    const on = !!g._state.deepProbe;
    const box = el('input', { type: 'checkbox', class: 'deep-probe', 'aria-label': t('deep.title') + ' ' + g.name,
      dataset: { channel: g.name, busy: 'deep:' + g.name } });
    box.checked = on;
    box.addEventListener('change', () => setDeepProbe(box, g, managed.filter((x) => siteOf(x) === siteOf(g)).length));
    return [el('strong', { text: g.name }), siteOf(g), on ? badge(t('deep.on'), 'warn') : badge(t('deep.off'), 'muted'), box];
  });
  clear($('#health-deep')).append(el('h4', { text: t('deep.title') }), el('p', { class: 'hint', text: t('deep.hint') }),
    table([t('col.channel'), t('col.site'), t('col.probe'), ''], rows, t('ch.none')));
}

async function setDeepProbe(box, g, channels) {
  const enabled = box.checked;
  box.checked = !enabled;  // shown as stored until the server confirms
  if (enabled) {
    const site = g.name.slice(0, g.name.lastIndexOf('-'));
    if (!(await confirmAction(t('deep.title'), t('deep.confirm', { site, n: channels }), t('deep.enable')))) return;
  }
  await withButton(box, async () => {
    const r = await writing('deep-probe', () => post('/api/channel-deep-probe', { channelName: g.name, enabled }));
    toast(r.message, 'ok');
    if (r.warning) toast(r.warning, 'info');
    await refreshDeepProbe();
  });
}

async function resetFailures(button, channelName) {
  if (!channelName && !(await confirmAction(t('health.resetAll'), t('health.resetAllConfirm'), t('health.reset')))) return;
  await withButton(button, async () => {
    const r = await writing('health', () => post('/api/reset-channel-failures', channelName ? { channelName } : {}));
    toast(r.message, 'ok');
    await refreshHealth();
  });
}

async function refreshTemp() {
  const fresh = latest('temp-groups');
  const r = await get('/api/temp-groups/stats');
  if (!fresh()) return;  // asked for before a cleanup that has been drawn since
  const data = r.data || {};
  $('#temp-status').textContent = t('temp.count', { n: data.totalTempGroups ?? 0 });
  const box = clear($('#temp-list'));
  for (const inst of data.instanceStats || []) {
    const groups = inst.tempGroups || [];
    box.append(el('div', { class: 'temp-instance' },
      el('strong', { text: inst.instanceName || inst.instanceId }), ' ',
      el('span', { class: 'hint', text: `(${groups.length})` }),
      inst.error ? el('div', { class: 'error-text', text: inst.error }) : '',
      el('ul', {}, groups.map((g) => el('li', {},
        badge(/debug/i.test(g.name) ? t('temp.debug') : t('temp.temp'), 'muted'), ' ', g.name,
        el('span', { class: 'hint', text: ' ' + formatTime(g.created_at) }))))));
  }
}

async function cleanTemp(button, old) {
  const ok = await confirmAction(old ? t('temp.cleanOld') : t('temp.cleanAll'), old ? t('temp.cleanOldConfirm') : t('temp.cleanAllConfirm'), t('temp.clean'));
  if (!ok) return;
  await withButton(button, async () => {
    const r = await writing('temp-groups', () => (old ? post('/api/temp-groups/cleanup-old', { hoursOld: 24 }) : post('/api/temp-groups/cleanup')));
    toast(r.message, 'ok');
    await refreshTemp();
  });
}

// Start/stop of the periodic model sync or health check. The button stays disabled while the
// request runs; the reply decides what is shown (hasInterval when the reply has it, else the
// action that succeeded), not the status fetched right after, which may still be the old one.
async function toggleService(button, service) {
  const start = !(service === 'sync' ? syncRunning : healthRunning);
  const path = service === 'sync' ? '/api/sync-models/control' : '/api/check-channels/control';
  await withButton(button, async () => {
    const r = await post(path, { action: start ? 'start' : 'stop' });
    const running = typeof r.hasInterval === 'boolean' ? r.hasInterval : start;
    const minutes = r.intervalMinutes || lastInterval[service];
    confirmState(service, running, minutes);
    toast(r.message, 'ok');
    if (service === 'sync') syncRunning = running; else healthRunning = running;
    button.textContent = running ? t('common.stop') : t('common.start');
    button.dataset.running = String(running);
    $(service === 'sync' ? '#sync-status' : '#health-status').textContent = running
      ? (minutes ? t(service + '.everyN', { n: minutes }) : t('common.running')) : t(service + '.stopped');
    clearTimeout(recheckTimers[service]);
    recheckTimers[service] = setTimeout(() => { (service === 'sync' ? refreshSync : refreshHealth)().catch(() => {}); }, RECHECK_MS);
  });
}

export async function refreshServices() {
  const results = await Promise.allSettled([refreshInstances(), refreshUniApi(), refreshSync(), refreshHealth(), refreshTemp()]);
  for (const r of results) if (r.status === 'rejected' && r.reason.status !== 401) toast(r.reason.message, 'error');
}

export function initServices() {
  initInstances();
  initUniApi();
  $('#sync-now').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    toast((await post('/api/sync-models')).message, 'ok');
    await refreshSync();
  }));
  $('#sync-toggle').addEventListener('click', (e) => toggleService(e.currentTarget, 'sync'));
  for (const field of ['#sync-review', '#sync-misses']) {
    $(field).addEventListener('input', () => { syncSettingsDirty = true; $('#sync-settings-save').disabled = false; });
  }
  $('#sync-settings-save').addEventListener('click', (e) => saveSyncSettings(e.currentTarget));
  $('#sync-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshSync));
  $('#sync-reset').addEventListener('click', async (e) => {
    const button = e.currentTarget;
    // A dry run first, so that the question names what would go (the plain question when it fails).
    let preview = null;
    await withButton(button, async () => {
      try {
        preview = ((await post('/api/maintenance/delete-model-groups', { dryRun: true })) || {}).results || null;
      } catch {
        preview = null;
      }
    });
    const question = preview
      ? t('sync.resetConfirmCounts', { groups: preview.deletedGroups || 0, providers: preview.cleanedProviders || 0 })
      : t('sync.resetConfirm');
    if (!(await confirmAction(t('sync.reset'), question, t('sync.reset')))) return;
    await withButton(button, async () => {
      // A job: its progress shows on the button; its result is the envelope's `results`.
      const r = (await runJob('/api/maintenance/delete-model-groups', {}, progressOn(button))) || {};
      const res = r.results || r;
      const failed = res.failedGroups || 0;
      toast(t('sync.resetDone', { deleted: res.deletedGroups || 0, failed, providers: res.cleanedProviders || 0 }),
        failed || (res.errors || []).length ? 'error' : 'ok');
      document.dispatchEvent(new CustomEvent('uniload:changed'));
    });
  });
  $('#health-run').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    toast((await post('/api/check-channels')).message, 'ok');
    await refreshHealth();
  }));
  $('#health-toggle').addEventListener('click', (e) => toggleService(e.currentTarget, 'health'));
  $('#health-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshHealth));
  $('#health-reset-all').addEventListener('click', (e) => resetFailures(e.currentTarget, ''));
  $('#temp-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshTemp));
  $('#temp-clean').addEventListener('click', (e) => cleanTemp(e.currentTarget, false));
  $('#temp-clean-old').addEventListener('click', (e) => cleanTemp(e.currentTarget, true));
}
