// Overview: instances, layers, failing channels, the services' state and the engine's jobs (a
// running one can be cancelled).
import { cancelJob, get, post, runJob } from './api.js';
import { t } from './i18n.js';
import { $, badge, checkDetail, clear, el, formatTime, latest, progressOn, showDetails, table, toast, withButton, writing } from './ui.js';

function card(title, value, detail, kind) {
  return el('div', { class: 'stat ' + (kind || '') },
    el('div', { class: 'stat-title', text: title }),
    el('div', { class: 'stat-value', text: value }),
    el('div', { class: 'stat-detail', text: detail || '' }));
}

// Channels uni-load took out of rotation (health or cleanup) count as failing: their failure
// counter is reset when they leave, so /api/failed-channels no longer lists them. `state` is
// checked too: a removed channel on its way back shows health "recovering" but is still out.
const OUT_OF_ROTATION = ['disabled-by-health', 'disabled-by-cleanup'];
function outOfRotation(siteGroups) {
  const names = new Set();
  for (const g of (siteGroups && siteGroups.siteGroups) || []) {
    const s = g._state;
    if (s && (OUT_OF_ROTATION.includes(s.health) || OUT_OF_ROTATION.includes(s.state))) names.add(g.name);
  }
  return [...names].sort();
}

// The last reload of uni-api after a write (uniapi-config.md §6.10/§6.11), when it needs attention.
function reloadProblem(reload) {
  const last = reload && reload.last;
  if (!last) return '';
  if (!last.ok) return t('dash.reloadFailed', { reason: last.message });
  if (last.live === false) return t('dash.notLive', { reason: last.liveMessage || '' });
  return '';
}

// uni-load created api.yaml with a new client key for uni-api's clients: shown once (the first
// console to ask takes it; it stays in api.yaml's api_keys).
async function showClientKey(button) {
  await withButton(button, async () => {
    const r = await post('/api/uniapi/client-key');
    const key = (r.data || {}).clientKey || '';
    button.closest('.stat').remove();
    await showDetails(t('dash.clientKeyTitle'), t('dash.clientKeyMessage'), el('pre', { class: 'client-key', text: key }));
  });
}

function clientKeyCard() {
  return el('div', { class: 'stat warn', id: 'dash-client-key' },
    el('div', { class: 'stat-title', text: t('dash.clientKeyCard') }),
    el('div', { class: 'stat-detail', text: t('dash.clientKeyHint') }),
    el('button', { type: 'button', class: 'small', text: t('dash.clientKeyShow'), onclick: (e) => showClientKey(e.currentTarget) }));
}

// The last write of api.yaml failed: a reconciliation now writes it again (instead of at the
// automatic retry), once the operator has fixed what stopped it.
async function writeAgain(button) {
  await withButton(button, async () => {
    const r = (await runJob('/api/initialize-architecture', {}, progressOn(button))) || {};
    const error = ((r.report || r).uniApi || {}).error;
    toast(error ? t('dash.writeAgainFailed', { reason: error }) : t('dash.writeAgainDone'), error ? 'error' : 'ok');
    await refreshDashboard();
  });
}

function writeAgainCard(u) {
  return el('div', { class: 'stat bad', id: 'dash-write-again' },
    el('div', { class: 'stat-title', text: t('dash.writeAgainCard') }),
    el('div', { class: 'stat-detail', text: u.writeError }),
    el('button', { type: 'button', class: 'small', text: t('dash.writeAgain'), dataset: { busy: 'write-again' },
      onclick: (e) => writeAgain(e.currentTarget) }));
}

// Site groups whose gpt-load key pool held invalid keys when last read (the health check reads
// the pools); no card before any pool was read.
function invalidKeysCard(siteGroups) {
  const pools = ((siteGroups && siteGroups.siteGroups) || []).map((g) => g._state && g._state.keys).filter(Boolean);
  if (!pools.length) return null;
  const holding = pools.filter((k) => k.invalid > 0);
  const keys = holding.reduce((sum, k) => sum + k.invalid, 0);
  return card(t('dash.invalidKeysCard'), String(holding.length), t('dash.invalidKeys', { keys }),
    holding.some((k) => k.active === 0) ? 'bad' : (holding.length ? 'warn' : 'ok'));
}

function renderCards(status, failingCount, siteGroups) {
  const g = status.gptload || {};
  const u = status.uniApi || {};
  const s = status.modelSync || {};
  const h = status.channelHealth || {};
  const failing = failingCount ?? h.failureCount ?? 0;
  const cards = clear($('#dash-cards'));
  cards.append(
    card(t('dash.instancesCard'), `${g.healthyCount || 0} / ${g.totalCount || 0}`, t('dash.healthy'),
      g.totalCount && g.healthyCount === g.totalCount ? 'ok' : (g.healthyCount ? 'warn' : 'bad')),
    // An api.yaml that does not exist yet is no problem: the first onboarding creates it.
    card('uni-api', u.exists && !u.error ? String(u.providersCount ?? 0) : '—',
      u.error || (u.writeError ? t('dash.notWritten', { reason: u.writeError })
          + (u.writeRetryAt ? ' ' + t('dash.writeRetry', { time: formatTime(u.writeRetryAt) }) : '')
        : (reloadProblem(u.reload) || (u.exists ? t('dash.providers', { managed: u.managedCount ?? 0 }) : t('dash.notCreated')))),
      u.error || u.writeError ? 'bad' : (reloadProblem(u.reload) ? 'warn' : (u.exists ? 'ok' : ''))),
    card(t('sync.title'), s.hasInterval ? t('common.running') : t('common.stopped'),
      s.hasInterval ? t('dash.next', { time: formatTime(s.nextSync) }) : '', s.hasInterval ? 'ok' : 'warn'),
    card(t('health.title'), String(failing), t('dash.failingChannels'), failing ? 'warn' : 'ok'));
  const keysCard = invalidKeysCard(siteGroups);
  if (keysCard) cards.append(keysCard);
  if (u.newClientKeyWaiting) cards.append(clientKeyCard());
  if (u.writeError) cards.append(writeAgainCard(u));
  if (status.startupError) cards.append(card(t('dash.startupError'), '!', status.startupError, 'bad'));
  // No instance file yet is where a first run starts, not a failure.
  if (g.error && g.error.missing) cards.append(card(t('dash.instanceFile'), '—', t('dash.noInstanceFile', { file: g.error.file }), ''));
  else if (g.error) cards.append(card(t('dash.instanceFile'), '!', `${g.error.file}: ${g.error.reason}`, 'bad'));
  // Loads, but with something to know: no token, TLS off, readable by others, an edit that did not load.
  else if ((g.warnings || []).length) cards.append(card(t('dash.instanceFile'), '⚠', g.warnings.join(' · '), 'warn'));
}

function renderInstances(status) {
  const g = status.gptload || {};
  const assignments = g.siteAssignments || {};
  const instances = Object.values(g.instances || {}).sort((a, b) => (a.priority || 0) - (b.priority || 0));
  const rows = instances.map((i) => [
    el('strong', { text: i.name || i.id }),
    i.url,
    String(i.priority ?? ''),
    i.healthy ? badge(t('state.healthy'), 'ok') : badge(t('state.unhealthy'), 'bad'),
    i.responseTime == null ? '—' : `${i.responseTime} ms`,
    formatTime(i.lastCheck),
    i.version || '—',
    String(Object.values(assignments).filter((a) => a.instanceId === i.id).length),
    i.error ? el('span', { class: 'error-text', text: i.error }) : (i.tlsInsecure ? badge(t('dash.tlsInsecure'), 'warn') : ''),
  ]);
  clear($('#dash-instances')).append(table(
    [t('col.name'), 'URL', t('col.priority'), t('col.state'), t('col.responseTime'), t('col.lastCheck'), t('col.version'),
      t('col.sites'), t('col.notes')], rows, t('dash.noInstances')));
}

const LAYER_NAMES_SHOWN = 8;
// The names come from a listing of gpt-load's groups (a second or more at 30 000 groups): read
// on the first refresh, on Refresh and once they are a minute old; the counts come with every
// status (uni-load's records).
const LAYER_NAMES_EVERY_MS = 60000;
let layerNames = null;
let layerNamesAt = 0;
const COUNT_OF = { layer1: 'siteGroups', layer2: 'modelChannelGroups', layer3: 'aggregateGroups' };

function renderLayers(arch, counts) {
  const box = clear($('#dash-layers'));
  if ((!arch || !arch.layers) && !counts) { box.append(el('p', { class: 'empty', text: t('dash.noArchitecture') })); return; }
  const rows = ['layer1', 'layer2', 'layer3'].map((key, index) => {
    const layer = (arch && arch.layers && arch.layers[key]) || { count: 0, groups: [] };
    const groups = (layer.groups || []).slice(0, LAYER_NAMES_SHOWN);
    const count = counts ? (counts[COUNT_OF[key]] || 0) : (layer.count || 0);
    const shown = groups.join(', ') + (count > groups.length ? ` … (+${count - groups.length})` : '');
    return [el('strong', { text: `L${index + 1} ` + t('layer.' + key) }), String(layer.count || 0), shown || '—'];
  });
  box.append(table([t('col.layer'), t('col.count'), t('col.groups')], rows));
  const r = (arch && arch.recovery) || {};
  box.append(el('p', { class: 'hint', text: t('dash.recovery', { scheduled: r.scheduled || 0, failed: r.failed || 0 }) }));
}

function failingList(failed, removed) {
  const list = ((failed && failed.failedChannels) || []).slice();
  const listed = new Set(list.map((f) => f.name));
  for (const name of removed) if (!listed.has(name)) list.push({ name, outOfRotation: true });
  return list;
}

function renderFailing(list) {
  const rows = list.map((f) => [el('strong', { text: f.name }), f.outOfRotation ? '—' : `${f.failures} / ${f.threshold}`,
    f.outOfRotation ? badge(t('dash.outOfRotation'), 'bad')
      : (f.willBeRemoved ? badge(t('health.willBeRemoved'), 'bad') : badge(t('state.failing'), 'warn')),
    checkDetail(f.detail, f.lastCheck)]);
  clear($('#dash-failing')).append(table([t('col.channel'), t('col.failures'), t('col.state'), t('col.lastResult')], rows, t('dash.noFailing')));
}

// A job's state as the desktop's jobs table shows it: queued, running, done, failed, cancelled
// (GET /api/jobs reports a cancelled job as failed with the code "cancelled").
function jobState(j) {
  if (j.queued) return badge(t('job.queued'), 'muted');
  if (j.state === 'failed' && j.code === 'cancelled') return badge(t('job.cancelled'), 'muted');
  return badge(t('job.' + j.state), { running: 'warn', done: 'ok', failed: 'bad' }[j.state] || 'muted');
}

async function cancelRunning(button, jobId) {
  await withButton(button, async () => {
    toast((await writing('jobs', () => cancelJob(jobId))).message, 'ok');
    await refreshDashboard();
  });
}

// While a job runs its progress moves: the jobs table follows it every 2 s as long as the
// dashboard is in view (the whole view refreshes every 15 s anyway).
let jobsTimer = null;
async function refreshJobs() {
  jobsTimer = null;
  if (document.hidden || $('#view-dashboard').hidden) return;
  try {
    const fresh = latest('jobs');
    const jobs = await get('/api/jobs');
    if (fresh()) renderJobs(jobs);
  } catch (_) {
    // the next full refresh reports it
  }
}

function renderJobs(list) {
  const jobs = (list && list.jobs) || [];
  if (!jobsTimer && jobs.some((j) => j.state === 'running')) jobsTimer = setTimeout(refreshJobs, 2000);
  const rows = jobs.slice(0, 15).map((j) => {
    const p = j.progress || {};
    const progress = el('span', { text: p.total ? `${p.done} / ${p.total}` : '—' });
    if (p.step) progress.title = p.step;
    return [j.title || j.kind, jobState(j), progress, formatTime(j.startedAt), j.state === 'running' ? '—' : formatTime(j.finishedAt),
      j.state === 'running'
        ? el('button', { type: 'button', class: 'small secondary', text: t('common.cancel'), onclick: (e) => cancelRunning(e.currentTarget, j.id) })
        : (j.error && j.code !== 'cancelled' ? el('span', { class: 'error-text', text: j.error }) : '')];
  });
  clear($('#dash-jobs')).append(table(
    [t('col.job'), t('col.state'), t('col.progress'), t('col.started'), t('col.finished'), ''], rows, t('dash.noJobs')));
}

// `readNames`: read the layers' group names now (the tab opened, Refresh); otherwise they are
// read again once they are a minute old.
export async function refreshDashboard(readNames = false) {
  try {
    const fresh = latest('dashboard');
    const jobsFresh = latest('jobs');  // also followed every 2 s: the newer answer wins
    const namesDue = readNames === true || Date.now() - layerNamesAt > LAYER_NAMES_EVERY_MS;
    const [status, arch, failed, siteGroups, jobs] = await Promise.all([
      // A few names per layer and uni-load's own records of the site groups: the dashboard's poll
      // stays small and asks gpt-load for one listing, whatever the number of groups.
      get('/api/status'), namesDue ? get('/api/architecture-status?names=' + LAYER_NAMES_SHOWN).catch(() => null) : Promise.resolve(undefined),
      get('/api/failed-channels'),
      get('/api/channels/site-groups?live=0').catch(() => null), get('/api/jobs').catch(() => null)]);
    const failing = failingList(failed, outOfRotation(siteGroups));
    if (jobsFresh()) renderJobs(jobs);
    if (!fresh()) return;
    renderCards(status, siteGroups ? failing.length : null, siteGroups);
    renderInstances(status);
    if (arch !== undefined) {
      layerNames = arch;
      layerNamesAt = Date.now();
    }
    renderLayers(layerNames, status.layers);
    renderFailing(failing);
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

export function initDashboard() {
  $('#dash-refresh').addEventListener('click', () => refreshDashboard(true));
}
