// Channel management (uni-load-behaviour.md §23.2): the site groups across instances with their
// real health state, search and type filter; promote, demote, update keys, delete; the test model
// (with its high-cost warning) and key validation on request (billable: confirmed first).
import { del, get, post, put, runJob } from './api.js';
import { t } from './i18n.js';
import { $, badge, clear, confirmAction, el, formatTime, latest, outdate, splitList, table, toast, withButton, writing } from './ui.js';

let groups = [];

const typeOf = (g) => g.channel_type || (g.name || '').split('-').pop();
const siteOf = (g) => {
  const type = typeOf(g);
  return g.name && g.name.endsWith('-' + type) ? g.name.slice(0, -(type.length + 1)) : g.name;
};
const upstreamOf = (g) => ((g.upstreams || [])[0] || {}).url || '';

// uni-load's own state of the channel (`_state` from GET /api/channels/site-groups); null for a
// group uni-load does not manage.
function stateOf(g) {
  const s = g._state;
  if (!s) return badge(t('state.unmanaged'), 'muted');
  const shown = stateBadge(s);
  // The latest check says why (in the console's language) on hover.
  if (s.lastCheck && s.lastCheck.detail) shown.title = formatTime(s.lastCheck.time) + ' — ' + s.lastCheck.detail;
  return shown;
}

function stateBadge(s) {
  switch (s.health) {
    case 'healthy': return badge(t('state.healthy'), 'ok');
    case 'failing': return badge(t('state.failingN', { n: s.failures || 0, threshold: s.threshold || 0 }), 'warn');
    case 'disabled-by-health': return badge(t('state.disabledByHealth'), 'bad');
    case 'disabled-by-cleanup': return badge(t('state.disabledByCleanup'), 'bad');
    case 'disabled-by-user': return badge(t('state.disabledByUser'), 'muted');
    case 'removing': return badge(t('state.removing'), 'warn');
    case 'recovering': return badge(t('state.recovering'), 'warn');
    default: return badge(s.health || '—', 'muted');
  }
}

// The test model gpt-load validates the channel's keys with: marked when the operator chose it and
// when it matches a high-cost pattern.
function testModelOf(g) {
  const s = g._state;
  const model = (s && s.testModel) || g.test_model || '';
  if (!model) return '—';
  const out = el('span', { text: model });
  if (s && s.testModelOverride) out.append(' ', badge(t('ch.chosen'), 'muted'));
  if (s && s.testModelHighCost) out.append(' ', badge(t('ch.highCost'), 'warn'));
  return out;
}

// When the channel's models were last synced, and a failure badge with the reason as its title.
function lastSyncOf(g) {
  const s = g._state;
  if (!s || !s.lastSync) return el('span', { class: 'hint', text: t('ch.neverSynced') });
  const when = el('span', { text: formatTime(s.lastSync) });
  if (!s.syncError) return when;
  const failed = badge(t('ch.syncFailed'), 'bad');
  failed.title = s.syncError;
  return el('span', {}, when, ' ', failed);
}

// gpt-load's key pool as uni-load last read it: active of total, and a badge for invalid keys.
function keysOf(g) {
  const k = g._state && g._state.keys;
  if (!k) return el('span', { class: 'hint', text: '—', title: g._state ? t('ch.keysUnknown') : '' });
  const out = el('span', { text: t('ch.keysActive', { active: k.active, total: k.total }), title: t('ch.keysReadAt', { time: formatTime(k.readAt) }) });
  if (k.invalid > 0) out.append(' ', badge(t('ch.keysInvalid', { n: k.invalid }), k.active > 0 ? 'warn' : 'bad'));
  return out;
}

function matches(g) {
  const q = $('#ch-search').value.trim().toLowerCase();
  const type = $('#ch-type').value;
  if (type && typeOf(g) !== type) return false;
  if (!q) return true;
  return (g.name || '').toLowerCase().includes(q) || upstreamOf(g).toLowerCase().includes(q);
}

function actionButtons(g) {
  const name = g.name;
  // `action` names a button whose work outlives a redraw of the list (data-busy: the redrawn
  // button stays disabled until that work ends).
  const button = (label, title, cls, handler, action) =>
    el('button', { type: 'button', class: 'small ' + cls, title, 'aria-label': title + ' ' + name,
      dataset: action ? { channel: name, busy: action + ':' + name } : { channel: name }, text: label, onclick: (e) => handler(e.currentTarget, g) });
  return el('div', { class: 'row-actions' },
    button('↑', t('ch.promote'), 'secondary', (b) => reassign(b, name, 'promote'), 'move'),
    button('↓', t('ch.demote'), 'secondary', (b) => reassign(b, name, 'demote'), 'move'),
    button(t('ch.update'), t('ch.update'), 'secondary', () => openUpdate(g)),
    g._state ? button(t('ch.testModel'), t('ch.testModel'), 'secondary test-model', () => openTestModel(g)) : null,
    g._state ? button(t('ch.validate'), t('ch.validate'), 'secondary validate', (b) => validateKeys(b, g), 'validate') : null,
    g._state && g._state.keys && g._state.keys.invalid > 0
      ? button(t('ch.removeInvalid'), t('ch.removeInvalid'), 'danger remove-invalid', (b) => removeInvalidKeys(b, g), 'remove-invalid') : null,
    button(t('ch.delete'), t('ch.delete'), 'danger delete', (b) => remove(b, name), 'delete'));
}

function render() {
  const shown = groups.filter(matches);
  $('#ch-summary').textContent = t('ch.summary', { shown: shown.length, total: groups.length });
  const rows = shown.map((g) => [
    el('strong', { class: 'channel-name', text: g.name }),
    badge(typeOf(g), 'type-' + typeOf(g)),
    siteOf(g),
    (g._instance && (g._instance.name || g._instance.id)) || '—',
    el('span', { class: 'url', text: upstreamOf(g) }),
    stateOf(g),
    keysOf(g),
    testModelOf(g),
    lastSyncOf(g),
    actionButtons(g),
  ]);
  clear($('#ch-list')).append(table(
    [t('col.channel'), t('col.type'), t('col.site'), t('col.instance'), t('col.upstream'), t('col.state'), t('col.keys'), t('col.testModel'), t('col.lastSync'), ''], rows, t('ch.none')));
}

export async function refreshChannels() {
  try {
    const fresh = latest('channels');
    const list = await get('/api/channels/site-groups');
    if (!fresh()) return;  // asked for before a change that has been drawn since
    groups = (list.siteGroups || []).slice().sort((a, b) => (a.name || '').localeCompare(b.name || ''));
    render();
    for (const e of list.errors || []) toast(e, 'error');
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

async function reassign(button, name, action) {
  const ok = await confirmAction(t('ch.' + action), t('ch.' + action + 'Confirm', { name }), t('ch.' + action));
  if (!ok) return;
  await withButton(button, async () => {
    const r = await writing('channels', () => post('/api/channels/reassign', { channelName: name, action }));
    toast(r.message, 'ok');
    await refreshChannels();
  });
}

async function remove(button, name) {
  const ok = await confirmAction(t('ch.delete'), t('ch.deleteConfirm', { name }), t('ch.delete'));
  if (!ok) return;
  await withButton(button, async () => {
    const r = await writing('channels', () => del('/api/channels/' + encodeURIComponent(name)));
    toast(r.message, r.success === false ? 'error' : 'ok');
    await refreshChannels();
    document.dispatchEvent(new CustomEvent('uniload:changed'));
  });
}

// Validates the channel's keys (gpt-load's validate-group task, followed as a job). Billable:
// always confirmed, with a warning when the test model is high cost — that confirmation is the
// API's confirmHighCost.
async function validateKeys(button, g) {
  const s = g._state || {};
  let model = s.testModel || g.test_model || '';
  let highCost = !!s.testModelHighCost;
  const path = '/api/channels/' + encodeURIComponent(g.name) + '/validate-keys';
  for (;;) {
    const text = t('ch.validateConfirm', { name: g.name, model }) + (highCost ? ' ' + t('ch.validateHighCost', { model }) : '');
    if (!(await confirmAction(t('ch.validate'), text, t('ch.validate')))) return;
    let askAgain = false;
    await withButton(button, async () => {
      try {
        const r = await runJob(path, { confirmHighCost: highCost });
        const data = r.data || r;
        toast(t('ch.validated', { name: g.name, valid: data.validKeys ?? 0, invalid: data.invalidKeys ?? 0, total: data.totalKeys ?? 0 }),
          data.invalidKeys ? 'error' : 'ok');
        outdate('channels');  // lists read while it ran show the pool from before
        await refreshChannels();  // the key pool was read back
      } catch (err) {
        if (err.status === 401) return;
        if (err.body && err.body.code === 'HIGH_COST_CONFIRMATION_REQUIRED' && !highCost) {
          // The test model changed to a high-cost one since the list was read: ask again, with the warning.
          model = (err.body.details || {}).testModel || model;
          highCost = true;
          askAgain = true;
          return;
        }
        toast(err.message, 'error');
      }
    });
    if (!askAgain) return;
  }
}

let testModelOptions = null;

function showTestModelWarning() {
  const form = $('#test-model-form');
  const o = testModelOptions;
  const chosen = form.elements.model.value;
  const model = chosen || (o && o.automatic) || '';
  const high = o && (chosen ? (o.highCostModels || []).includes(chosen) : o.automaticHighCost);
  $('.tm-warning', form).textContent = high ? t('tm.warning', { model }) : '';
}

async function openTestModel(g) {
  const dialog = $('#test-model-dialog');
  const form = $('#test-model-form');
  form.elements.channel.value = g.name;
  const select = clear(form.elements.model);
  select.disabled = true;
  $('#tm-submit').disabled = true;
  $('.tm-warning', form).textContent = '';
  const out = $('.tm-result', form);
  out.className = 'tm-result hint';
  out.textContent = t('tm.loading');
  testModelOptions = null;
  dialog.showModal();
  // Opened again for another channel before this answer came: that one's answer fills the dialog.
  const fresh = latest('test-model');
  try {
    const r = await get('/api/channels/' + encodeURIComponent(g.name) + '/test-model');
    if (!fresh()) return;
    const o = r.data || {};
    testModelOptions = o;
    select.append(el('option', { value: '', text: t('tm.automatic', { model: o.automatic || '' }) }));
    for (const m of o.models || []) {
      const high = (o.highCostModels || []).includes(m);
      select.append(el('option', { value: m, text: high ? t('tm.highCostOption', { model: m }) : m }));
    }
    select.value = o.override || '';
    select.disabled = false;
    $('#tm-submit').disabled = false;
    out.textContent = '';
    showTestModelWarning();
  } catch (err) {
    if (err.status === 401 || !fresh()) return;
    out.className = 'tm-result error-text';
    out.textContent = err.message;
  }
}

async function submitTestModel(event) {
  const form = $('#test-model-form');
  if (!event.submitter || event.submitter.value !== 'submit') return;  // Close
  event.preventDefault();
  const out = $('.tm-result', form);
  const button = $('#tm-submit');
  button.disabled = true;
  button.classList.add('busy');
  try {
    const r = await put('/api/channels/' + encodeURIComponent(form.elements.channel.value) + '/test-model', { model: form.elements.model.value });
    toast(r.message, 'ok');
    if (r.warning) toast(r.warning, 'error');
    $('#test-model-dialog').close();
    await refreshChannels();
  } catch (err) {
    if (err.status === 401) return;
    // Shown in the dialog, which stays open: a toast would sit under the modal's backdrop.
    out.className = 'tm-result error-text';
    out.textContent = err.message;
  } finally {
    button.disabled = false;
    button.classList.remove('busy');
  }
}

function openUpdate(g) {
  const dialog = $('#update-dialog');
  const form = $('#update-form');
  form.elements.channel.value = g.name;
  form.elements.baseUrl.value = upstreamOf(g);
  form.elements.apiKeys.value = '';
  form.dataset.type = typeOf(g);
  const out = clear($('.upd-result', form));
  out.className = 'upd-result hint';
  dialog.showModal();
}

async function submitUpdate(event) {
  const form = $('#update-form');
  if (!event.submitter || event.submitter.value !== 'submit') return;  // Close
  event.preventDefault();
  const body = {
    operationType: 'update',
    targetChannelName: form.elements.channel.value,
    baseUrl: form.elements.baseUrl.value.trim(),
    channelTypes: [form.dataset.type],
    apiKeys: splitList(form.elements.apiKeys.value).items,
  };
  const out = clear($('.upd-result', form));
  out.className = 'upd-result hint';
  const button = $('#update-submit');
  button.disabled = true;
  button.classList.add('busy');
  out.textContent = t('site.working');
  // Closed and opened again for another channel while this ran: that dialog is not this one's.
  const channel = body.targetChannelName;
  const sentKeys = form.elements.apiKeys.value;
  const ours = () => $('#update-dialog').open && form.elements.channel.value === channel;
  try {
    const report = await runJob('/api/process-ai-site', body, (job) => {
      if (ours()) out.textContent = (job.progress && job.progress.step) || t('site.working');
    });
    if (!ours()) {
      toast(t('upd.doneFor', { name: channel }), 'ok');
      await refreshChannels();
      return;
    }
    const data = report.data || {};
    const failed = (data.siteGroups || []).filter((g) => g.error);
    const keys = (data.siteGroups || []).reduce((n, g) => n + (g.keysAdded || 0), 0);
    const perType = Object.entries(data.modelsByChannel || {}).map(([k, v]) => `${t('type.' + k)}: ${v.length}`).join(', ');
    out.textContent = t('upd.done', { keys, models: data.modelsCount ?? 0 }) + (perType ? ' — ' + perType : '');
    if (failed.length) {
      out.className = 'upd-result error-text';
      for (const g of failed) out.append(el('div', { text: `${g.name}: ${g.error.message || g.error}` }));
    }
    if (form.elements.apiKeys.value === sentKeys) form.elements.apiKeys.value = '';  // not keys typed since
    await refreshChannels();
  } catch (err) {
    if (err.status === 401) return;  // going back to the login page
    if (!ours()) {
      toast(t('upd.failedFor', { name: channel }) + ': ' + err.message, 'error');
      return;
    }
    // Shown in the dialog, which stays open: a toast would sit under the modal's backdrop.
    out.className = 'upd-result error-text';
    clear(out).append(el('strong', { text: '✗ ' + t('upd.failed') }), ' ', err.message);
    const d = (err.body && err.body.details) || {};
    if (err.body && err.body.code) out.append(el('div', { class: 'hint', text: t('site.code') + ': ' + err.body.code }));
    if (d && typeof d === 'object' && d.step) out.append(el('div', { class: 'hint', text: t('site.step') + ': ' + d.step + (d.instance ? ` @ ${d.instance}` : '') }));
    if (typeof d === 'string' && d) out.append(el('div', { class: 'hint', text: d }));
  } finally {
    button.disabled = false;
    button.classList.remove('busy');
  }
}

export function initChannels() {
  $('#ch-search').addEventListener('input', render);
  $('#ch-type').addEventListener('change', render);
  $('#ch-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshChannels));
  $('#ch-check').addEventListener('click', (e) => withButton(e.currentTarget, async () => {
    const r = await post('/api/check-channels');
    toast(r.message, 'ok');
  }));
  $('#update-form').addEventListener('submit', submitUpdate);
  $('#test-model-form').addEventListener('submit', submitTestModel);
  $('#tm-model').addEventListener('change', showTestModelWarning);
  document.addEventListener('uniload:language', render);
}

// Deletes the keys gpt-load took out of the channel's pool (clear-all-invalid), followed as a job.
async function removeInvalidKeys(button, g) {
  const k = g._state.keys;
  const text = t('ch.removeInvalidConfirm', { name: g.name, invalid: k.invalid, active: k.active });
  if (!(await confirmAction(t('ch.removeInvalid'), text, t('ch.removeInvalid')))) return;
  await withButton(button, async () => {
    const r = await runJob('/api/channels/' + encodeURIComponent(g.name) + '/remove-invalid-keys', {});
    const data = (r && (r.data || r)) || {};
    toast(t('ch.invalidRemoved', { name: g.name, removed: data.removed ?? 0 }), 'ok');
    outdate('channels');
    await refreshChannels();
  });
}
