// Settings (GET/PUT /api/settings): every setting with the value this run uses and where it
// comes from; values saved here apply at the next start. An emptied field removes the saved
// value (the lower layers apply again); a secret is only replaced when something is typed.
import { api, get } from './api.js';
import { t, tWord } from './i18n.js';
import { $, badge, clear, el, latest, table, toast, withButton, writing } from './ui.js';

let settings = [];

function inputFor(s) {
  const saved = s.saved ?? '';
  const attrs = { name: s.name, 'aria-label': s.name, dataset: { original: s.secret ? '' : saved }, disabled: !s.settable || s.informational };
  if (s.type === 'bool' || s.type === 'choice') {
    const options = s.type === 'bool' ? ['true', 'false'] : (s.choices || []);
    const select = el('select', attrs, el('option', { value: '', text: t('set.notSaved') }),
      options.map((o) => el('option', { value: o, text: o })));
    select.value = options.includes(saved) ? saved : '';
    return select;
  }
  return el('input', Object.assign(attrs, {
    type: s.secret ? 'password' : 'text', spellcheck: 'false', autocomplete: 'off', value: s.secret ? '' : saved,
    placeholder: s.secret ? (s.saved ? t('set.secretKeep') : '') : (s.default || ''),
  }));
}

function stateOf(s) {
  const parts = [el('span', { class: 'url', text: s.value === '' ? '—' : String(s.value) }), ' ', badge(tWord('origin.', s.origin), 'muted')];
  if (s.overridden) parts.push(' ', badge(t('set.overridden'), 'warn'));
  if (s.restartRequired) parts.push(' ', badge(t('set.restart'), 'warn'));
  if (!s.settable) parts.push(' ', badge(t('set.notSettable'), 'muted'));
  return el('span', {}, parts);
}

// `keepTyped`: a redraw for a language switch keeps what the operator has typed and not saved.
function render(keepTyped = false) {
  const typed = new Map();
  if (keepTyped) {
    for (const field of document.querySelectorAll('#set-list [name]')) {
      if (field.value !== (field.dataset.original ?? '')) typed.set(field.name, field.value);
    }
  }
  const groups = new Map();
  for (const s of settings) {
    if (!groups.has(s.group)) groups.set(s.group, []);
    groups.get(s.group).push(s);
  }
  const box = clear($('#set-list'));
  for (const [group, list] of groups) {
    box.append(el('h3', { text: tWord('setgroup.', group) }), table([t('col.name'), t('set.current'), t('set.saved')], list.map((s) => [
      el('div', {}, el('code', { text: s.name }), el('div', { class: 'hint', text: s.description || '' })),
      stateOf(s), inputFor(s)])));
  }
  for (const [name, value] of typed) {
    const field = box.querySelector(`[name="${CSS.escape(name)}"]`);
    if (field) field.value = value;
  }
}

// `keepTyped` as for render(): after a language switch the descriptions come again, in the new
// language, without losing what the operator has typed.
export async function refreshSettings(keepTyped = false) {
  try {
    const fresh = latest('settings');
    const answer = await get('/api/settings');
    if (!fresh()) return;  // asked for before a save that has been drawn since
    settings = answer.settings || [];
    render(keepTyped);
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

// {NAME: text | null} for every field that differs from what was saved.
function changes() {
  const body = {};
  for (const field of document.querySelectorAll('#set-list [name]')) {
    if (field.disabled) continue;
    const s = settings.find((x) => x.name === field.name);
    const value = field.value.trim();
    if (s && s.secret) {
      if (value) body[field.name] = value;
    } else if (value !== field.dataset.original) {
      body[field.name] = value === '' ? null : value;
    }
  }
  return body;
}

async function save(button) {
  const body = changes();
  if (!Object.keys(body).length) {
    toast(t('set.nothing'), 'info');
    return;
  }
  await withButton(button, async () => {
    const r = await writing('settings', () => api('PUT', '/api/settings', body));
    toast(r.message + ((r.warnings || []).length ? ' – ' + r.warnings.join('; ') : ''), 'ok');
    if (!latest('settings')()) return;
    settings = r.settings || settings;
    render();
  });
}

export function initSettings() {
  $('#set-save').addEventListener('click', (e) => save(e.currentTarget));
  $('#set-refresh').addEventListener('click', (e) => withButton(e.currentTarget, () => refreshSettings()));
  document.addEventListener('uniload:language', () => {
    render(true);  // the labels at once; the server's descriptions follow
    if (settings.length) refreshSettings(true);
  });
}
