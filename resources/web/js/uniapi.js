// uni-api (services view): the providers uni-load manages in api.yaml, the pending changes of
// the next write as a diff, the file's backups with restore (confirmed with the restore's diff), and the rotation of the proxy keys (hop: between the layers; gateway: uni-api's key
// for the model groups). Keys appear only as masked previews.
import { get, post } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { $, badge, clear, confirmAction, diffBlock, el, formatTime, latest, showDetails, table, toast, withButton, writing } from './ui.js';

function providerRows(providers) {
  return providers.map((p) => [
    el('strong', { class: 'group-name', text: p.provider }),
    badge(p.engine || '—', 'type-' + ({ gpt: 'openai', claude: 'anthropic', gemini: 'gemini' }[p.engine] || '')),
    el('span', {}, (p.models || []).map((m) => (m.alias ? `${m.model} → ${m.alias}` : m.model)).join(', ')),
    el('span', { class: 'url', text: p.baseUrl || '' }),
  ]);
}

function backupRows(backups) {
  return backups.map((b) => [formatTime(b.time), el('span', { class: 'url', text: b.name }), String(b.size),
    el('button', { type: 'button', class: 'small secondary restore', dataset: { backup: b.name }, text: t('uni.restore'),
      onclick: (e) => restore(e.currentTarget, b.name) })]);
}

export async function refreshUniApi() {
  const fresh = latest('uniapi');
  const [providers, backups] = await Promise.all([get('/api/uniapi/providers'), get('/api/uniapi/backups')]);
  if (!fresh()) return;  // asked for before a restore or rotation that has been drawn since
  const list = providers.providers || [];
  $('#uni-summary').textContent = t('uni.summary', { n: list.length });
  clear($('#uni-providers')).append(table([t('uni.provider'), t('uni.engine'), t('uni.models'), 'base_url'], providerRows(list), t('uni.none')));
  clear($('#uni-backups')).append(table([t('act.time'), t('uni.backup'), t('uni.size'), ''], backupRows((backups.backups || []).slice(0, 20)),
    t('uni.noBackups')));
}

// Sentences joined as each language writes them (Chinese puts no space after 。).
const sentences = (parts) => parts.filter(Boolean).join(currentLanguage() === 'zh_CN' ? '' : ' ');

// What a preview's data says changes: providers added, changed, removed (or that nothing does).
function previewSummary(d) {
  if (!d.changed) return t('uni.unchanged');
  const s = d.summary || {};
  const changed = [...(s.changed || []), ...(s.adopted || [])];
  const parts = [];
  if (d.createsFile) parts.push(t('uni.createsFile'));
  if ((s.added || []).length) parts.push(t('uni.added', { list: s.added.join(', ') }));
  if (changed.length) parts.push(t('uni.changed', { list: changed.join(', ') }));
  if ((s.removed || []).length) parts.push(t('uni.removed', { list: s.removed.join(', ') }));
  if (!parts.length) parts.push(t('uni.otherLines'));
  return sentences(parts);
}

async function preview(button) {
  await withButton(button, async () => {
    const d = (await get('/api/uniapi/preview')).data || {};
    await showDetails(t('uni.previewTitle'), previewSummary(d), d.diff ? diffBlock(d.diff) : null);
  });
}

async function restore(button, name) {
  const d = await withButton(button, async () => (await get(`/api/uniapi/backups/${encodeURIComponent(name)}/preview`)).data || {});
  if (!d) return;  // the preview failed (unknown or broken backup): the toast says why
  const message = sentences([t('uni.restoreConfirm', { name }), previewSummary(d)]);
  if (!(await confirmAction(t('uni.restore'), message, t('uni.restore'), d.diff ? diffBlock(d.diff) : null))) return;
  await withButton(button, async () => {
    const r = await writing('uniapi', () => post('/api/uniapi/restore', { name }));
    toast(r.message, 'ok');
    await refreshUniApi();
  });
}

async function rotate(button) {
  const hop = $('#uni-rotate-hop').checked;
  const gateway = $('#uni-rotate-gateway').checked;
  if (!hop && !gateway) {
    toast(t('uni.rotateNone'), 'error');
    return;
  }
  if (!(await confirmAction(t('uni.rotate'), t('uni.rotateConfirm'), t('uni.rotate')))) return;
  await withButton(button, async () => {
    const r = await writing('uniapi', () => post('/api/proxy-keys/rotate', { hop, gateway }));
    const d = r.data || {};
    $('#uni-keys').textContent = t('uni.keys', { hop: d.hopKeyPreview || '—', gateway: d.gatewayKeyPreview || '—' });
    toast(r.message, 'ok');
    await refreshUniApi();
  });
}

export function initUniApi() {
  $('#uni-refresh').addEventListener('click', (e) => withButton(e.currentTarget, refreshUniApi));
  $('#uni-rotate').addEventListener('click', (e) => rotate(e.currentTarget));
  $('#uni-preview').addEventListener('click', (e) => preview(e.currentTarget));
}
