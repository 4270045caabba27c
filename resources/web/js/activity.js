// Activity: the engine's events (GET /api/events: instance down/up, channels removed/restored,
// model changes) and its log messages (GET /api/logs, redacted), newest first. Each refresh asks
// only for what came after the last id seen.
import { get } from './api.js';
import { t, tWord } from './i18n.js';
import { $, badge, clear, el, formatTime, table, toast } from './ui.js';

const KEEP = 1000;
let events = [];
let logs = [];
let lastEvent = 0;
let lastLog = 0;

const SEVERITY = { info: 'ok', warning: 'warn', warn: 'warn', error: 'bad', critical: 'bad', debug: 'muted' };
const kindText = (kind) => tWord('evt.', kind);
const levelText = (level) => tWord('sev.', level);

function render() {
  const eventRows = events.map((e) => [formatTime(e.time), badge(levelText(e.severity || 'info'), SEVERITY[e.severity] || 'muted'),
    kindText(e.kind), el('strong', { text: e.subject || '' }), readable(e.message)]);
  clear($('#act-events')).append(table([t('act.time'), t('act.severity'), t('act.kind'), t('act.subject'), t('act.message')],
    eventRows, t('act.noEvents')));

  const level = $('#act-level').value;
  const q = $('#act-search').value.trim().toLowerCase();
  const shown = logs.filter((m) => (!level || m.level === level) && (!q || (m.text || '').toLowerCase().includes(q)));
  const logRows = shown.slice(0, 300).map((m) => [formatTime(m.timestamp), badge(levelText(m.level), SEVERITY[m.level] || 'muted'),
    el('span', { class: 'hint', text: m.category || '' }), el('span', { class: 'log-text', text: readable(m.text) })]);
  clear($('#act-logs')).append(table([t('act.time'), t('act.level'), t('act.category'), t('act.message')], logRows, t('act.noLogs')));
  $('#act-log-count').textContent = t('act.logCount', { shown: Math.min(shown.length, 300), total: logs.length });
}

// JSON objects the engine embeds in a message ("dropped {"blacklist":2,"whitelist":0}") as
// "blacklist: 2, whitelist: 0"; anything that is not valid JSON stays as it is.
export function readable(text) {
  return String(text || '').replace(/\{[^{}]*\}/g, (chunk) => {
    try {
      const value = JSON.parse(chunk);
      if (!value || typeof value !== 'object' || Array.isArray(value)) return chunk;
      return Object.entries(value).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ');
    } catch (_) {
      return chunk;
    }
  });
}

// Newest first, at most KEEP, no duplicates when a refresh overlaps the last one.
function merge(current, added) {
  const seen = new Set(current.map((x) => x.id));
  const fresh = added.filter((x) => !seen.has(x.id)).reverse();
  return fresh.concat(current).slice(0, KEEP);
}

export async function refreshActivity() {
  try {
    const [e, l] = await Promise.all([get('/api/events?since=' + lastEvent), get('/api/logs?since=' + lastLog)]);
    const newEvents = e.events || [];
    const newLogs = l.messages || [];
    for (const x of newEvents) lastEvent = Math.max(lastEvent, x.id || 0);
    for (const x of newLogs) lastLog = Math.max(lastLog, x.id || 0);
    events = merge(events, newEvents);
    logs = merge(logs, newLogs);
    render();
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

export function initActivity() {
  $('#act-refresh').addEventListener('click', refreshActivity);
  $('#act-level').addEventListener('change', render);
  $('#act-search').addEventListener('input', render);
  document.addEventListener('uniload:language', render);
}
