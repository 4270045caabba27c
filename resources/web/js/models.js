// Models (GET /api/models): every model with its model groups — one per API format serving it —
// and the site groups spreading it, with their weights, which the operator can change
// (PUT /api/models/weights; stored as the operator's and applied to gpt-load at once).
import { api, get } from './api.js';
import { t } from './i18n.js';
import { $, badge, clear, el, latest, table, toast, withButton, writing } from './ui.js';

const MAX_SHOWN = 200;  // rows drawn at once; the search narrows a larger list
let models = [];
let totalModels = 0;
let lastAnswer = '';
const edited = new Map();  // "modelGroup\nsiteGroup" → {modelGroup, siteGroup, weight}

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

// One grid row per site group, so formats, names, weights and states line up.
function channelsCell(m) {
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
  const q = $('#md-search').value.trim().toLowerCase();
  const matching = models.filter((m) => !q || m.model.toLowerCase().includes(q));
  const shown = matching.slice(0, MAX_SHOWN);
  $('#md-summary').textContent = matching.length > shown.length
    ? t('md.summaryCut', { shown: shown.length, matching: matching.length, total: totalModels })
    : t('md.summary', { shown: shown.length, total: totalModels });
  const rows = shown.map((m) => [el('strong', { text: m.model }), groupsCell(m), channelsCell(m)]);
  clear($('#md-list')).append(table([t('col.model'), t('md.groups'), t('md.channels')], rows, t('md.none')));
  updateSave();
}

export async function refreshModels() {
  // An open edit is not thrown away by the periodic refresh (a field emptied to type anew
  // included), nor is a save drawn over by an answer asked for before it.
  if (document.activeElement && document.activeElement.classList.contains('weight')) return;
  try {
    const fresh = latest('models');
    const answer = await get('/api/models');
    if (!fresh()) return;
    const text = JSON.stringify(answer);
    if (text === lastAnswer) return;  // unchanged: keep the table (and any focus in it) as it is
    lastAnswer = text;
    models = answer.models || [];
    totalModels = answer.totalModels ?? models.length;
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
  $('#md-search').addEventListener('input', render);
  $('#md-refresh').addEventListener('click', () => { lastAnswer = ''; refreshModels(); });
  $('#md-save').addEventListener('click', (e) => save(e.currentTarget));
  $('#md-discard').addEventListener('click', () => { edited.clear(); render(); });
  document.addEventListener('uniload:language', render);
}
