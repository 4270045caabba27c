// Taking over from the original uni-load (models view): what of its layout uni-load would record
// (GET /api/adoption/preview), recording it and reconciling once (POST /api/adoption/import), the
// move of the pools from the admin key to uni-load's proxy keys (POST /api/adoption/migrate-keys)
// and the deletion of the legacy two-layer groups the operator picks (POST /api/adoption/delete-legacy).
import { get, post, runJob } from './api.js';
import { t } from './i18n.js';
import { $, clear, confirmAction, el, progressOn, table, toast, withButton } from './ui.js';

let preview = null;

// The lists hold only what an import would record (?recorded=0); `counts` has both.
function counts(layer) {
  const c = (preview.counts || {})[layer] || {};
  return t('adopt.count', { all: c.all ?? 0, fresh: c.new ?? 0 });
}

function render() {
  const box = clear($('#adopt-details'));
  $('#adopt-import').disabled = !preview || !preview.newRecords;
  $('#adopt-delete-legacy').disabled = true;
  if (!preview) return;
  box.append(table([t('adopt.layer'), t('adopt.groups')], [
    [t('adopt.siteGroups'), counts('siteGroups')],
    [t('adopt.modelChannels'), counts('modelChannelGroups')],
    [t('adopt.modelGroups'), counts('aggregateGroups')],
  ]));
  box.append(el('p', { class: preview.newRecords ? 'status-line' : 'hint',
    text: preview.newRecords ? t('adopt.newRecords', { n: preview.newRecords }) : t('adopt.nothingNew') }));
  if ((preview.unreachableInstances || []).length)
    box.append(el('p', { class: 'warn-text', text: t('plan.unreachable', { list: preview.unreachableInstances.join(', ') }) }));
  const legacy = preview.legacyGroups || [];
  if (legacy.length) {
    box.append(el('h4', { text: t('adopt.legacy') }), el('p', { class: 'hint', text: t('adopt.legacyHint') }));
    box.append(el('div', { class: 'stack' }, legacy.map((g) => el('label', { class: 'check' },
      el('input', { type: 'checkbox', class: 'legacy-pick', value: g.name, onchange: pickChanged }),
      el('span', { class: 'group-name', text: g.name }), el('span', { class: 'hint', text: ` (${g.instance}: ${(g.siteGroups || []).join(', ')})` })))));
  }
  if ((preview.ignored || []).length) {
    box.append(el('details', {}, el('summary', { text: t('adopt.ignored', { n: preview.ignored.length }) }),
      table([t('plan.group'), t('col.instance'), t('plan.detail')], preview.ignored.map((g) => [g.name, g.instance, g.reason]))));
  }
}

function pickChanged() {
  $('#adopt-delete-legacy').disabled = !document.querySelector('#adopt-details .legacy-pick:checked');
}

async function check(button) {
  await withButton(button, async () => {
    preview = await get('/api/adoption/preview?recorded=0');
    render();
  });
}

async function importLayout(button) {
  if (!(await confirmAction(t('adopt.import'), t('adopt.importConfirm', { n: preview ? preview.newRecords : 0 }), t('adopt.import')))) return;
  await withButton(button, async () => {
    const r = await post('/api/adoption/import');
    const i = r.imported || {};
    toast(t('adopt.imported', { sites: i.sites || 0, groups: (i.siteGroups || 0) + (i.modelChannelGroups || 0) + (i.aggregateGroups || 0) }), 'ok');
    preview = await get('/api/adoption/preview?recorded=0');
    render();
    document.dispatchEvent(new CustomEvent('uniload:changed'));
  });
}

async function migrateKeys(button) {
  if (!(await confirmAction(t('adopt.migrate'), t('adopt.migrateConfirm'), t('adopt.migrate')))) return;
  await withButton(button, async () => {
    const r = (await runJob('/api/adoption/migrate-keys', {}, progressOn(button))) || {};
    const failed = (r.failed || []).length;
    toast(t('adopt.migrated', { failed }), failed ? 'error' : 'ok');
  });
}

async function deleteLegacy(button) {
  const names = [...document.querySelectorAll('#adopt-details .legacy-pick:checked')].map((x) => x.value);
  if (!names.length) return;
  if (!(await confirmAction(t('adopt.deleteLegacy'), t('adopt.deleteLegacyConfirm', { list: names.join(', ') }), t('adopt.deleteLegacy')))) return;
  await withButton(button, async () => {
    const r = await post('/api/adoption/delete-legacy', { names });
    const errors = r.errors || [];
    toast(t('adopt.legacyDeleted', { n: (r.deleted || []).length }) + (errors.length ? ' – ' + errors.join('; ') : ''), errors.length ? 'error' : 'ok');
    preview = await get('/api/adoption/preview?recorded=0');
    render();
  });
}

export function initAdoption() {
  $('#adopt-check').addEventListener('click', (e) => check(e.currentTarget));
  $('#adopt-import').addEventListener('click', (e) => importLayout(e.currentTarget));
  $('#adopt-migrate').addEventListener('click', (e) => migrateKeys(e.currentTarget));
  $('#adopt-delete-legacy').addEventListener('click', (e) => deleteLegacy(e.currentTarget));
  document.addEventListener('uniload:language', render);
  render();
}
