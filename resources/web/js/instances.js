// The gpt-load instance file (GET/POST/PUT/DELETE /api/instances): list, add, edit and remove
// instances from the console. Tokens are never shown (the API masks them); an empty token field
// keeps the stored token. The engine reloads the file after every change. Below it, the site
// assignments (uni-load-behaviour.md §5.5): where each site's new site groups go, reassigned
// with POST /api/reassign-site.
import { api, del, get, getShared, post } from './api.js';
import { t } from './i18n.js';
import { $, clear, confirmAction, el, latest, table, toast, withButton, writing } from './ui.js';

let entries = [];
let lastAnswer = { file: '', error: null };
let editing = null;  // the id being edited, or null when adding
let assignments = { sites: [], assigned: {} };

const trimUrl = (url) => (url || '').replace(/\/+$/, '');

function actionButtons(entry) {
  const button = (label, cls, handler) =>
    el('button', { type: 'button', class: 'small ' + cls, 'aria-label': label + ' ' + entry.id, dataset: { instance: entry.id }, text: label,
      onclick: (e) => handler(e.currentTarget) });
  return el('div', { class: 'row-actions' },
    button(t('inst.edit'), 'secondary edit', () => openDialog(entry)),
    button(t('inst.delete'), 'danger delete', (b) => remove(b, entry)));
}

function render(answer) {
  $('#inst-file').textContent = answer.file ? t('inst.file', { file: answer.file }) : '';
  const problem = $('#inst-error');
  const error = answer.error;
  problem.hidden = !error;
  problem.textContent = error ? t('inst.fileError', { field: error.field || '', reason: error.reason || '' }) : '';
  const rows = entries.map((e) => [
    el('strong', { text: e.id }), e.name || '', el('span', { class: 'url', text: e.url || '' }), String(e.priority ?? ''),
    e.token ? el('span', { class: 'url', text: e.token }) : el('span', { class: 'hint', text: t('inst.noToken') }),
    el('span', { class: 'url', text: e.uniapi_base_url || '' }), actionButtons(e)]);
  clear($('#inst-list')).append(table(
    [t('inst.id'), t('col.name'), 'URL', t('col.priority'), t('inst.tokenCol'), t('inst.uniApiUrlCol'), ''], rows, t('inst.none')));
}

export async function refreshInstances() {
  const fresh = latest('instances');
  const answer = await get('/api/instances');
  if (!fresh()) return;  // asked for before a change that has been drawn since
  entries = answer.instances || [];
  lastAnswer = answer;
  render(answer);
  await refreshAssignments();
}

// One row per site (its site groups grouped by the name without the type suffix, its URL the
// first upstream), then assignments of URLs no site group has.
async function refreshAssignments() {
  const fresh = latest('assignments');
  const [multi, list] = await Promise.all([get('/api/multi-instances'), getShared('/api/channels/site-groups')]);
  if (!fresh()) return;
  const bySite = new Map();
  for (const g of (list.siteGroups || []).filter((x) => x._state)) {
    const site = g.name.slice(0, g.name.lastIndexOf('-'));
    const entry = bySite.get(site) || { site, url: trimUrl(((g.upstreams || [])[0] || {}).url), on: new Set() };
    if (g._instance) entry.on.add(g._instance.name || g._instance.id);
    bySite.set(site, entry);
  }
  const sites = [...bySite.values()].sort((a, b) => a.site.localeCompare(b.site));
  const assigned = {};
  for (const [url, a] of Object.entries(multi.siteAssignments || {})) assigned[trimUrl(url)] = a;
  for (const url of Object.keys(assigned).sort()) {
    if (!sites.some((s) => s.url === url)) sites.push({ site: '', url, on: new Set() });
  }
  assignments = { sites, assigned };
  renderAssignments();
}

function renderAssignments() {
  const rows = assignments.sites.map((s) => {
    const current = (assignments.assigned[s.url] || {}).instanceId || '';
    const select = el('select', { class: 'assign-target', 'aria-label': t('assign.label', { site: s.site || s.url }), dataset: { url: s.url, busy: 'assign:' + s.url } },
      el('option', { value: '', text: t('assign.auto') }),
      entries.map((e) => el('option', { value: e.id, text: e.name || e.id })));
    select.value = current;
    select.addEventListener('change', () => reassign(select, s));
    return [el('strong', { text: s.site || '—' }), el('span', { class: 'url', text: s.url }), [...s.on].join(', '), select];
  });
  clear($('#assign-list')).append(table([t('col.site'), 'URL', t('assign.groupsOn'), t('assign.goesTo')], rows, t('assign.none')));
}

// The reply is what is shown: GET /api/multi-instances reads the engine's snapshot, which is
// published a moment after the change, so reading it right away can still give the old
// assignment. A refused change reads the assignments again, putting the menu back.
async function reassign(select, s) {
  const instanceId = select.value;
  const done = await withButton(select, async () => {
    const r = await writing('assignments', () => post('/api/reassign-site', instanceId ? { siteUrl: s.url, instanceId } : { siteUrl: s.url }));
    const change = r.data || {};
    if (change.instanceId) assignments.assigned[s.url] = { instanceId: change.instanceId, instanceName: change.instanceName };
    else delete assignments.assigned[s.url];
    renderAssignments();
    toast(r.message, 'ok');
    return true;
  });
  if (!done) await refreshAssignments().catch((err) => { if (err.status !== 401) toast(err.message, 'error'); });
}

function openDialog(entry) {
  editing = entry ? entry.id : null;
  const form = $('#inst-form');
  form.reset();
  $('#inst-dialog-title').textContent = entry ? t('inst.editTitle', { id: entry.id }) : t('inst.addTitle');
  form.elements.id.readOnly = Boolean(entry);
  form.elements.token.placeholder = entry && entry.token ? t('inst.tokenKeep') : '';
  if (entry) {
    form.elements.id.value = entry.id;
    form.elements.name.value = entry.name || '';
    form.elements.url.value = entry.url || '';
    form.elements.priority.value = String(entry.priority ?? 1);
    form.elements.uniapi_base_url.value = entry.uniapi_base_url || '';
    form.elements.description.value = entry.description || '';
  } else {
    form.elements.priority.value = String(entries.reduce((max, e) => Math.max(max, Number(e.priority) || 0), 0) + 1);
  }
  clear($('#inst-result')).className = 'hint';
  $('#inst-dialog').showModal();
}

// The body of a POST (every field) or a PUT (the fields; emptied optional ones as null, an empty
// token left out so the stored one stays).
function bodyOf(form) {
  const text = (name) => form.elements[name].value.trim();
  const body = { name: text('name'), url: text('url'), priority: Number(text('priority')) };
  if (!editing) body.id = text('id');
  if (text('token')) body.token = text('token');
  for (const optional of ['uniapi_base_url', 'description']) {
    if (text(optional)) body[optional] = text(optional);
    else if (editing) body[optional] = null;
  }
  return body;
}

async function submit(event) {
  event.preventDefault();
  const form = $('#inst-form');
  const out = $('#inst-result');
  await withButton($('#inst-submit'), async () => {
    try {
      const body = bodyOf(form);
      await writing('instances', () => (editing ? api('PUT', '/api/instances/' + encodeURIComponent(editing), body)
        : api('POST', '/api/instances', body)));
      $('#inst-dialog').close();
      toast(t(editing ? 'inst.saved' : 'inst.added', { id: editing || body.id }), 'ok');
      await refreshInstances();
      document.dispatchEvent(new CustomEvent('uniload:changed'));
    } catch (err) {
      // Shown inside the dialog, which stays open with what was typed.
      out.className = 'error-text';
      out.textContent = err.message;
    }
  });
}

async function remove(button, entry) {
  if (!(await confirmAction(t('inst.delete'), t('inst.deleteConfirm', { id: entry.id }), t('inst.delete')))) return;
  await withButton(button, async () => {
    const r = await writing('instances', () => del('/api/instances/' + encodeURIComponent(entry.id)));
    toast(r.message, r.success === false ? 'error' : 'ok');
    await refreshInstances();
    document.dispatchEvent(new CustomEvent('uniload:changed'));
  });
}

export function initInstances() {
  $('#inst-add').addEventListener('click', () => openDialog(null));
  $('#inst-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshInstances));
  $('#inst-form').addEventListener('submit', submit);
  $('#inst-cancel').addEventListener('click', () => $('#inst-dialog').close());
  document.addEventListener('uniload:language', () => { render(lastAnswer); renderAssignments(); });
}
