// Model filter rules (GET/PUT /api/rules): one entry per line; a line starting with "#" is an
// entry kept but switched off. They take effect at the next discovery or sync, no restart.
import { api, get } from './api.js';
import { t } from './i18n.js';
import { $, toast, withButton } from './ui.js';

const LISTS = ['whitelist', 'blacklist', 'highCost', 'preferredTestModels'];
let lastRules = {};

const toText = (list) => (list || []).map((r) => (r.enabled === false ? '# ' : '') + r.value).join('\n');

function fromText(text) {
  const out = [];
  for (const raw of String(text).split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const off = line.startsWith('#');
    const value = off ? line.slice(1).trim() : line;
    if (value) out.push({ value, enabled: !off });
  }
  return out;
}

function show(rules) {
  for (const name of LISTS) $('#rules-' + name).value = toText(rules[name]);
  $('#rules-enableWhitelist').checked = Boolean(rules.enableWhitelist);
  $('#rules-enableBlacklist').checked = Boolean(rules.enableBlacklist);
  lastRules = rules;
  renderNote(rules);
}

// Whether the environment switches a stage off whatever is saved here.
function renderNote(rules) {
  const effective = rules.effective || {};
  const notes = [];
  if (rules.enableWhitelist && effective.enableWhitelist === false) notes.push(t('rules.offByEnv', { name: 'ENABLE_MODEL_WHITELIST' }));
  if (rules.enableBlacklist && effective.enableBlacklist === false) notes.push(t('rules.offByEnv', { name: 'ENABLE_MODEL_BLACKLIST' }));
  $('#rules-note').textContent = notes.join(' ');
}

export async function refreshRules() {
  try {
    show(await get('/api/rules'));
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

async function save(button) {
  const body = { enableWhitelist: $('#rules-enableWhitelist').checked, enableBlacklist: $('#rules-enableBlacklist').checked };
  for (const name of LISTS) body[name] = fromText($('#rules-' + name).value);
  await withButton(button, async () => {
    show(await api('PUT', '/api/rules', body));
    toast(t('rules.saved'), 'ok');
  });
}

export function initRules() {
  $('#rules-save').addEventListener('click', (e) => save(e.currentTarget));
  $('#rules-reload').addEventListener('click', (e) => withButton(e.currentTarget, refreshRules));
  document.addEventListener('uniload:language', () => renderNote(lastRules));
}
