// Small DOM helpers shared by the views. Text always goes in through textContent, never
// innerHTML, so nothing a server or a site returns can run as markup.
import { t } from './i18n.js';

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  // A control drawn again while its action still runs comes up busy, as the one it replaces.
  if (node.dataset.busy && busyKeys.has(node.dataset.busy)) {
    node.disabled = true;
    node.classList.add('busy');
  }
  return node;
}

// --- Answers that land late --------------------------------------------------------------------
// Refreshes and actions run side by side: an answer asked for before a change was saved can
// land after the change's own re-render and draw the state from before it. Per key (one view
// or panel), latest() numbers a read and tells, once its answer is in, whether it may still be
// drawn: not when a newer one was drawn, nor when it was asked for before or during a write
// (writing()) on the same key.
const answerKeys = new Map();
function answerState(key) {
  if (!answerKeys.has(key)) answerKeys.set(key, { asked: 0, shown: 0, floor: 0, writes: 0 });
  return answerKeys.get(key);
}

// Call before the request; call the result before drawing its answer.
export function latest(key) {
  const s = answerState(key);
  const n = ++s.asked;
  return () => {
    if (n <= s.shown || n <= s.floor || s.writes > 0) return false;
    s.shown = n;
    return true;
  };
}

// Answers asked for on `key` until now are stale (what they were asked with has changed).
export function outdate(key) {
  const s = answerState(key);
  s.floor = ++s.asked;
}

// Runs a change (PUT, POST, DELETE) on `key`: reads asked before it ends are not drawn.
export async function writing(key, action) {
  const s = answerState(key);
  s.writes += 1;
  try {
    return await action();
  } finally {
    s.writes -= 1;
    s.floor = ++s.asked;
  }
}

// --- Controls busy across re-renders ---------------------------------------------------------
// withButton() on a control with `data-busy` (its action, e.g. "validate:<channel>") keeps the
// key while the action runs: a copy drawn meanwhile (el()) comes up disabled too, and every
// copy is released at the end. setEnabled() records what a control should be once free.
const busyKeys = new Set();
export const isBusy = (key) => busyKeys.has(key);

export function setEnabled(control, on) {
  control.dataset.off = on ? '0' : '1';
  if (!control.classList.contains('busy')) control.disabled = !on;
}

function release(control) {
  control.disabled = control.dataset.off === '1';
  control.classList.remove('busy');
  if (control.dataset.label !== undefined) {
    control.textContent = control.dataset.label;
    control.removeAttribute('title');
    delete control.dataset.label;
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export const $ = (selector, root) => (root || document).querySelector(selector);
export const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

export function toast(message, kind) {
  const box = document.getElementById('toasts');
  const item = el('div', { class: 'toast ' + (kind || 'info'), role: kind === 'error' ? 'alert' : 'status', text: message });
  box.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 9000 : 5000);
}

// A modal confirmation for destructive actions; resolves true when confirmed. `details`: an
// optional node shown under the message (e.g. a diffBlock of what the action changes).
export function confirmAction(title, message, confirmLabel, details) {
  const dialog = document.getElementById('confirm-dialog');
  $('.title', dialog).textContent = title;
  $('.message', dialog).textContent = message;
  clear($('.details', dialog)).append(...(details ? [details] : []));
  dialog.classList.toggle('wide', Boolean(details));
  $('.confirm', dialog).textContent = confirmLabel || t('common.confirm');
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
  });
}

// Shows a text and a node (e.g. a diffBlock) in a dialog with only "Close"; resolves when closed.
export function showDetails(title, message, details) {
  const dialog = document.getElementById('diff-dialog');
  $('.title', dialog).textContent = title;
  $('.message', dialog).textContent = message;
  clear($('.details', dialog)).append(...(details ? [details] : []));
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(), { once: true });
    dialog.showModal();
  });
}

// A unified diff as a <pre>, one span per line: added, removed, hunk header, file header.
export function diffBlock(diff) {
  const lineClass = (line) => (line.startsWith('+++') || line.startsWith('---') ? 'file'
    : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : '');
  const lines = String(diff || '').replace(/\n$/, '').split('\n');
  return el('pre', { class: 'diff' }, lines.map((line) => el('span', { class: lineClass(line) || undefined, text: line + '\n' })));
}

export function badge(text, kind) {
  return el('span', { class: 'badge ' + (kind || ''), text });
}

// Why a channel is where it is: its latest health check's detail (already in the console's
// language: the API follows Accept-Language), with the check's time as the title.
export function checkDetail(detail, time) {
  if (!detail) return '—';
  return el('span', { class: 'hint check-detail', text: detail, title: time ? formatTime(time) : '' });
}

export function formatTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  // As the desktop console shows times: local, sortable, the same in every language (the
  // locale's "11/29/2026, 12:48:16 AM" takes two lines in a table cell; a no-break
  // space keeps it on one).
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}\u00a0${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function table(headers, rows, emptyText) {
  if (!rows.length) return el('p', { class: 'empty', text: emptyText || t('common.none') });
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { text: h })))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

// Runs an action with the button disabled, reporting the outcome as a toast.
export async function withButton(button, action) {
  const key = button.dataset.busy;
  if (key) busyKeys.add(key);
  button.disabled = true;
  button.classList.add('busy');
  try {
    return await action();
  } catch (err) {
    toast(err.message || String(err), 'error');
    return undefined;
  } finally {
    if (key) busyKeys.delete(key);
    release(button);
    if (key) for (const copy of document.querySelectorAll(`[data-busy="${CSS.escape(key)}"]`)) release(copy);
  }
}

// A runJob progress callback that shows the job's progress on its button ("Clean up 3/40", the
// step as its tooltip); withButton puts the label back when the action ends.
export function progressOn(button) {
  if (button.dataset.label === undefined) button.dataset.label = button.textContent;
  return (job) => {
    const p = (job && job.progress) || {};
    button.textContent = p.total ? `${button.dataset.label} ${p.done}/${p.total}` : button.dataset.label;
    if (p.step) button.title = p.step;
  };
}

// Splits keys or model lists the way the original form did: newlines, whitespace, commas,
// semicolons; trimmed and de-duplicated in order.
export function splitList(text, separators) {
  const parts = String(text || '').split(separators || /[\s,;]+/).map((s) => s.trim()).filter(Boolean);
  const seen = new Set();
  const out = [];
  for (const p of parts) { if (!seen.has(p)) { seen.add(p); out.push(p); } }
  return { items: out, duplicates: parts.length - out.length };
}
