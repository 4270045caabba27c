// Models (GET /api/models): every model with its model groups — one per API format serving it —
// and the site groups spreading it, with their weights, which the operator can change
// (PUT /api/models/weights; stored as the operator's and applied to gpt-load at once).
import { api, get } from './api.js';
import { t } from './i18n.js';
import { $, badge, clear, el, latest, table, toast, withButton, writing } from './ui.js';

// The server pages and searches (GET /api/models?q=&limit=): at 100 site groups × 300 models the
// whole matrix is 7.7 MB and a table of 160 000 nodes; a page of it is what anyone reads.
const PAGE = 50;
const OPEN_AT_ONCE = 6;  // a model with more site groups shows them on request
let shownLimit = PAGE;
let models = [];
let totalModels = 0;
let matchingModels = 0;
let lastAnswer = '';
let searchTimer = 0;
const edited = new Map();  // "modelGroup\nsiteGroup" → {modelGroup, siteGroup, weight}
const expanded = new Set();  // models whose site-group lines the operator opened

const keyOf = (modelGroup, siteGroup) => modelGroup + '\n' + siteGroup;

function stateBadge(state) {
  switch (state) {
    case 'active': return badge(t('md.inRotation'), 'ok');
    case 'disabled-by-health': return badge(t('state.disabledByHealth'), 'bad');
    case 'disabled-by-cleanup': return badge(t('state.disabledByCleanup'), 'bad');
    case 'disabled-by-user': return badge(t('state.disabledByUser'), 'muted');
    default: return badge(state || '—', 'muted');
  }
}

function groupsCell(m) {
  if (!m.groups.length) return badge(t('md.noGroup'), 'warn');
  return el('div', { class: 'stack' }, m.groups.map((g) => el('div', {},
    badge(g.format, 'type-' + g.format), ' ',
    el('strong', { class: 'group-name', text: g.name }), ' ',
    g.noHealthyMember ? badge(t('md.noHealthy'), 'bad') : el('span', { class: 'hint', text: t('md.activeMembers', { n: g.activeMembers }) }))));
}

function weightInput(c) {
  const key = keyOf(c.modelGroup, c.siteGroup);
  const pending = edited.get(key);
  const input = el('input', {
    type: 'number', min: '1', max: '1000', step: '1', class: 'weight', value: String(pending ? pending.weight : c.weight),
    'aria-label': t('md.weightOf', { site: c.siteGroup, group: c.modelGroup }), dataset: { modelGroup: c.modelGroup, siteGroup: c.siteGroup },
  });
  input.addEventListener('input', () => {
    const weight = Number(input.value);
    const valid = Number.isInteger(weight) && weight >= 1 && weight <= 1000;
    input.classList.toggle('invalid', !valid);
    if (valid && weight !== c.weight) edited.set(key, { modelGroup: c.modelGroup, siteGroup: c.siteGroup, weight });
    else edited.delete(key);
    updateSave();
  });
  return input;
}

// One grid row per site group, so formats, names, weights and states line up. Many of them
// (a model served by 100 site groups) fold into a summary that draws the lines when opened.
function channelsCell(m) {
  if (m.channels.length <= OPEN_AT_ONCE) return channelGrid(m);
  const active = m.channels.filter((c) => c.member && c.state === 'active').length;
  const details = el('details', { class: 'channel-fold' },
    el('summary', { text: t('md.channelCount', { n: m.channels.length, active }) }));
  const fill = () => { if (details.open && details.childElementCount === 1) details.append(channelGrid(m)); };
  details.addEventListener('toggle', () => {
    if (details.open) expanded.add(m.model); else expanded.delete(m.model);
    fill();
  });
  if (expanded.has(m.model) || [...edited.values()].some((w) => m.channels.some((c) => c.modelGroup === w.modelGroup && c.siteGroup === w.siteGroup))) {
    details.open = true;
    fill();
  }
  return details;
}

function channelGrid(m) {
  return el('div', { class: 'channel-grid' }, m.channels.map((c) => {
    if (!c.modelChannel || !c.member) {
      return el('div', { class: 'channel-line' }, badge(c.format, 'type-' + c.format), el('span', { text: c.siteGroup }),
        el('span', { class: 'hint wide', text: t(c.modelChannel ? 'md.notMember' : 'md.noL2') }));
    }
    return el('div', { class: 'channel-line' },
      badge(c.format, 'type-' + c.format), el('span', { text: c.siteGroup }),
      el('label', { class: 'inline' }, el('span', { class: 'hint', text: t('md.weight') }), ' ', weightInput(c)),
      stateBadge(c.state),
      el('span', { class: 'hint', text: c.weightSource === 'operator' ? t('md.operatorWeight') : (c.weightSource === 'optimizer' ? t('md.optimizerWeight') : '') }));
  }));
}

function updateSave() {
  const save = $('#md-save');
  save.disabled = edited.size === 0;
  $('#md-pending').textContent = edited.size ? t('md.unsaved', { n: edited.size }) : '';
}

function render() {
  $('#md-summary').textContent = matchingModels > models.length
    ? t('md.summaryCut', { shown: models.length, matching: matchingModels, total: totalModels })
    : t('md.summary', { shown: models.length, total: totalModels });
  const more = $('#md-more');
  more.hidden = matchingModels <= models.length;
  const rows = models.map((m) => [el('strong', { text: m.model }), groupsCell(m), channelsCell(m)]);
  clear($('#md-list')).append(table([t('col.model'), t('md.groups'), t('md.channels')], rows, t('md.none')));
  updateSave();
}

function modelsUrl() {
  const q = $('#md-search').value.trim();
  return '/api/models?limit=' + shownLimit + (q ? '&q=' + encodeURIComponent(q) : '');
}

export async function refreshModels() {
  // An open edit is not thrown away by the periodic refresh (a field emptied to type anew
  // included), nor is a save drawn over by an answer asked for before it.
  if (document.activeElement && document.activeElement.classList.contains('weight')) return;
  try {
    const fresh = latest('models');
    const answer = await get(modelsUrl());
    if (!fresh()) return;
    const text = JSON.stringify(answer);
    if (text === lastAnswer) return;  // unchanged: keep the table (and any focus in it) as it is
    lastAnswer = text;
    models = answer.models || [];
    totalModels = answer.totalModels ?? models.length;
    matchingModels = answer.matchingModels ?? models.length;
    render();
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

async function save(button) {
  if (!edited.size) return;
  await withButton(button, async () => {
    const sent = [...edited.entries()];
    const r = await writing('models', () => api('PUT', '/api/models/weights', { weights: sent.map(([, w]) => w) }));
    // Only what was sent: a weight typed while the save ran stays an edit.
    for (const [key, w] of sent) if (edited.get(key) === w) edited.delete(key);
    lastAnswer = '';  // redraw even if the answer happens to be unchanged
    const errors = (r.data && r.data.errors) || [];
    toast(r.message + (errors.length ? ' – ' + errors.join('; ') : ''), errors.length ? 'error' : 'ok');
    await refreshModels();
  });
  updateSave();  // withButton re-enables the button; nothing may be left to save
}

export function initModels() {
  // The server searches: one request once the typing pauses, from the first page again.
  $('#md-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { shownLimit = PAGE; lastAnswer = ''; refreshModels(); }, 250);
  });
  $('#md-more').addEventListener('click', (e) => withButton(e.currentTarget, () => { shownLimit += PAGE; return refreshModels(); }));
  $('#md-refresh').addEventListener('click', () => { lastAnswer = ''; refreshModels(); });
  $('#md-save').addEventListener('click', (e) => save(e.currentTarget));
  $('#md-discard').addEventListener('click', () => { edited.clear(); render(); });
  document.addEventListener('uniload:language', render);
}
