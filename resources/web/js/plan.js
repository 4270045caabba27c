// The reconciliation of the layers (models view): GET /api/plan on request only — it lists the
// groups of every gpt-load instance — and POST /api/initialize-architecture to apply it now.
import { get, runJob } from './api.js';
import { t, tWord } from './i18n.js';
import { $, clear, confirmAction, el, latest, outdate, table, toast, withButton } from './ui.js';

const MAX_ROWS = 200;
let lastPlan = null;

function list(items, cls) {
  return el('ul', { class: 'plan-list' }, items.map((text) => el('li', { class: cls, text })));
}

function render() {
  const status = $('#plan-status');
  const details = clear($('#plan-details'));
  if (!lastPlan) {
    status.textContent = t('plan.notChecked');
    return;
  }
  const p = lastPlan;
  const s = p.summary || {};
  const ops = p.operations || [];
  const warnings = (p.warnings || []).concat((p.clashes || []).map((c) => c.message));
  status.textContent = ops.length
    ? t('plan.pending', { create: s.create || 0, update: s.update || 0, remove: s.delete || 0, n: ops.length })
    : t('plan.nothing');
  if ((p.unreachableInstances || []).length)
    details.append(el('p', { class: 'warn-text', text: t('plan.unreachable', { list: p.unreachableInstances.join(', ') }) }));
  if (warnings.length) details.append(el('h4', { text: t('plan.warnings') }), list(warnings, 'warn-text'));
  if ((p.skipped || []).length)
    details.append(el('h4', { text: t('plan.skipped') }), list(p.skipped.map((k) => `${k.group}: ${k.reason}`), 'hint'));
  if (ops.length) {
    const rows = ops.slice(0, MAX_ROWS).map((o) => [tWord('op.', o.op), el('span', { class: 'group-name', text: o.group }), o.instance || '—', o.detail || '']);
    details.append(el('h4', { text: t('plan.operations') }),
      table([t('plan.op'), t('plan.group'), t('col.instance'), t('plan.detail')], rows));
    if (ops.length > MAX_ROWS) details.append(el('p', { class: 'hint', text: t('plan.more', { n: ops.length - MAX_ROWS }) }));
  }
}

async function check(button) {
  await withButton(button, async () => {
    const fresh = latest('plan');
    const plan = await get('/api/plan');
    if (!fresh()) return;  // a check asked for before an Apply that has been drawn since
    lastPlan = plan;
    render();
  });
}

async function apply(button) {
  if (!(await confirmAction(t('plan.apply'), t('plan.applyConfirm'), t('plan.apply')))) return;
  await withButton(button, async () => {
    // The job's result is the reconciliation report ({created, updated, deleted, failed, …}).
    const r = (await runJob('/api/initialize-architecture', {})) || {};
    outdate('plan');
    const report = r.report || r;
    const count = (name) => (report[name] || []).length;
    const failed = count('failed');
    toast(t('plan.applied', { create: count('created'), update: count('updated'), remove: count('deleted'), failed }), failed ? 'error' : 'ok');
    const fresh = latest('plan');
    const plan = await get('/api/plan');
    if (fresh()) {
      lastPlan = plan;
      render();
    }
    document.dispatchEvent(new CustomEvent('uniload:changed'));
  });
}

export function initPlan() {
  $('#plan-check').addEventListener('click', (e) => check(e.currentTarget));
  $('#plan-apply').addEventListener('click', (e) => apply(e.currentTarget));
  document.addEventListener('uniload:language', render);
  render();
}
