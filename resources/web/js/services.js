// Service status (uni-load-behaviour.md §23.3): model sync, channel health, temporary groups.
import { get, post } from './api.js';
import { t } from './i18n.js';
import { $, badge, clear, confirmAction, el, formatTime, table, toast, withButton } from './ui.js';

let syncRunning = false;
let healthRunning = false;

async function refreshSync() {
  const s = await get('/api/sync/status');
  syncRunning = !!s.hasInterval;
  const line = s.isRunning ? t('sync.syncing')
    : s.hasInterval ? t('sync.every', { n: s.intervalMinutes, time: formatTime(s.nextSync) }) : t('sync.stopped');
  $('#sync-status').textContent = line + (s.lastSync ? ' · ' + t('sync.last', { time: formatTime(s.lastSync) }) : '')
    + (s.reviewMode ? ' · ' + t('sync.review') : '');
  $('#sync-toggle').textContent = syncRunning ? t('common.stop') : t('common.start');
  const pending = await get('/api/sync/pending').catch(() => ({ pending: [] }));
  const rows = (pending.pending || []).map((p) => [p.site, p.model, badge(t('sync.' + p.change), p.change === 'add' ? 'ok' : 'warn'),
    el('div', { class: 'row-actions' },
      el('button', { type: 'button', class: 'small', text: t('sync.approve'), onclick: (e) => decide(e.currentTarget, p, 'approve') }),
      el('button', { type: 'button', class: 'small secondary', text: t('sync.reject'), onclick: (e) => decide(e.currentTarget, p, 'reject') }))]);
  const box = clear($('#sync-pending'));
  if (rows.length) box.append(el('h4', { text: t('sync.pending') }), table([t('col.site'), t('col.model'), t('col.change'), ''], rows));
}

async function decide(button, p, decision) {
  await withButton(button, async () => {
    const r = await post('/api/sync/pending/decide', { site: p.site, model: p.model, decision });
    toast(r.message, 'ok');
    await refreshSync();
  });
}

async function refreshHealth() {
  const [status, failed] = await Promise.all([get('/api/status'), get('/api/failed-channels')]);
  const h = status.channelHealth || {};
  healthRunning = !!h.hasInterval;
  $('#health-status').textContent = (h.isRunning ? t('health.checking') + ' · ' : '')
    + (h.hasInterval ? t('health.every', { n: h.intervalMinutes, time: formatTime(h.nextCheck) }) : t('health.stopped'))
    + ' · ' + t('health.threshold', { n: h.failureThreshold ?? 0 }) + ' · ' + t('health.withFailures', { n: h.failureCount ?? 0 });
  $('#health-toggle').textContent = healthRunning ? t('common.stop') : t('common.start');
  const rows = (failed.failedChannels || []).map((f) => [el('strong', { text: f.name }), `${f.failures} / ${f.threshold}`,
    f.willBeRemoved ? badge(t('health.willBeRemoved'), 'bad') : '',
    el('button', { type: 'button', class: 'small secondary', text: t('health.reset'), onclick: (e) => resetFailures(e.currentTarget, f.name) })]);
  clear($('#health-failed')).append(el('h4', { text: t('health.failed') }),
    table([t('col.channel'), t('col.failures'), '', ''], rows, t('dash.noFailing')));
}

async function resetFailures(button, channelName) {
  if (!channelName && !(await confirmAction(t('health.resetAll'), t('health.resetAllConfirm'), t('health.reset')))) return;
  await withButton(button, async () => {
    const r = await post('/api/reset-channel-failures', channelName ? { channelName } : {});
    toast(r.message, 'ok');
    await refreshHealth();
  });
}

async function refreshTemp() {
  const r = await get('/api/temp-groups/stats');
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
    const r = old ? await post('/api/temp-groups/cleanup-old', { hoursOld: 24 }) : await post('/api/temp-groups/cleanup');
    toast(r.message, 'ok');
    await refreshTemp();
  });
}

export async function refreshServices() {
  const results = await Promise.allSettled([refreshSync(), refreshHealth(), refreshTemp()]);
  for (const r of results) if (r.status === 'rejected' && r.reason.status !== 401) toast(r.reason.message, 'error');
}

export function initServices() {
  $('#sync-now').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    toast((await post('/api/sync-models')).message, 'ok');
    await refreshSync();
  }));
  $('#sync-toggle').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    toast((await post('/api/sync-models/control', { action: syncRunning ? 'stop' : 'start' })).message, 'ok');
    await refreshSync();
  }));
  $('#sync-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshSync));
  $('#sync-reset').addEventListener('click', async (e) => {
    const button = e.currentTarget;
    if (!(await confirmAction(t('sync.reset'), t('sync.resetConfirm'), t('sync.reset')))) return;
    await withButton(button, async () => {
      const r = await post('/api/maintenance/delete-model-groups');
      toast(r.message, r.success === false ? 'error' : 'ok');
      document.dispatchEvent(new CustomEvent('uniload:changed'));
    });
  });
  $('#health-run').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    toast((await post('/api/check-channels')).message, 'ok');
    await refreshHealth();
  }));
  $('#health-toggle').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    toast((await post('/api/check-channels/control', { action: healthRunning ? 'stop' : 'start' })).message, 'ok');
    await refreshHealth();
  }));
  $('#health-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshHealth));
  $('#health-reset-all').addEventListener('click', (e) => resetFailures(e.currentTarget, ''));
  $('#temp-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshTemp));
  $('#temp-clean').addEventListener('click', (e) => cleanTemp(e.currentTarget, false));
  $('#temp-clean-old').addEventListener('click', (e) => cleanTemp(e.currentTarget, true));
}
