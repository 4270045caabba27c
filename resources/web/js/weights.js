// Weight optimization (models view): POST /api/models/weights/optimize with dryRun to see, per
// member of every model group with two or more active members, the failure rate gpt-load
// counted and the weight proposed; Apply runs it for real (as a job). The line above says
// whether the scheduled run is on (GET /api/status → weightOptimizer).
import { get, post, runJob } from './api.js';
import { t, tWord } from './i18n.js';
import { $, clear, el, latest, outdate, setEnabled, table, toast, withButton } from './ui.js';

const MAX_ROWS = 300;
let lastReport = null;
let loop = null;

const time = (iso) => (iso ? new Date(iso).toLocaleString() : '');

// The engine's English result line ("3 weight(s) changed; 2 model group(s) checked; …") in the
// console's language, part by part; a part it does not know stays as it is.
const RESULT_PARTS = [
  [/^(\d+) weight\(s\) changed$/, 'wo.part.changed'],
  [/^(\d+) weight\(s\) would change$/, 'wo.part.wouldChange'],
  [/^(\d+) model group\(s\) checked$/, 'wo.part.checked'],
  [/^stats unreadable for (\d+) group\(s\)$/, 'wo.part.statsFailed'],
  [/^(\d+) problem\(s\) applying them$/, 'wo.part.problems'],
];

function resultText(english) {
  return (english || '').split('; ').map((part) => {
    for (const [pattern, key] of RESULT_PARTS) {
      const m = part.match(pattern);
      if (m) return t(key, { n: m[1] });
    }
    return part;
  }).join(t('wo.part.separator'));
}

function loopLine() {
  if (!loop) return '';
  let text = loop.enabled ? t('wo.loopOn', { hours: loop.intervalHours, next: time(loop.nextRun) }) : t('wo.loopOff');
  if (loop.lastRun) text += ' ' + t('wo.lastRun', { time: time(loop.lastRun), result: resultText(loop.lastResult) });
  return text;
}

function failed(p) {
  return p.requests > 0 ? (100 * p.failedRequests / p.requests).toFixed(1) + ' %' : '';
}

function render() {
  $('#wo-loop').textContent = loopLine();
  const details = clear($('#wo-details'));
  const apply = $('#wo-apply');
  if (!lastReport) {
    $('#wo-status').textContent = t('wo.notChecked');
    setEnabled(apply, false);
    return;
  }
  const r = lastReport;
  let status = !r.proposals.length ? t('wo.nothing') : t(r.dryRun ? 'wo.wouldChange' : 'wo.changed', { n: r.changed });
  if (r.statsFailed) status += ' ' + t('wo.statsFailed', { n: r.statsFailed });
  $('#wo-status').textContent = status;
  setEnabled(apply, r.dryRun && r.changed > 0);  // stays disabled while an Apply runs
  if (!r.proposals.length) return;
  const rows = r.proposals.slice(0, MAX_ROWS).map((p) => [
    el('span', { class: 'group-name', text: p.modelGroup }), el('span', { class: 'group-name', text: p.modelChannel }),
    p.requests ?? '', failed(p), `${p.currentWeight} (${tWord('wo.source.', p.currentSource)})`,
    el('strong', { class: p.decision === 'change' ? 'warn-text' : '', text: String(p.proposedWeight) }),
    el('span', { title: p.statsError || '', text: tWord('wo.decision.', p.decision) })]);
  details.append(table([t('wo.group'), t('wo.channel'), t('wo.requests'), t('wo.failed'), t('wo.current'), t('wo.proposed'), t('wo.outcome')], rows));
  if (r.proposals.length > MAX_ROWS) details.append(el('p', { class: 'hint', text: t('plan.more', { n: r.proposals.length - MAX_ROWS }) }));
}

async function refreshLoop() {
  try {
    loop = (await get('/api/status')).weightOptimizer || null;
  } catch (err) {
    loop = null;
  }
  render();
}

function body(dryRun) {
  return { dryRun, includeOperatorWeights: $('#wo-include').checked };
}

// A proposal counts only for the settings it was asked with: switching "include hand-set"
// meanwhile (or another proposal) makes an answer still on its way stale.
async function preview(button) {
  await withButton(button, async () => {
    const fresh = latest('weights');
    const report = (await post('/api/models/weights/optimize', body(true))).data;
    if (!fresh()) return;
    lastReport = report;
    render();
  });
}

async function apply(button) {
  await withButton(button, async () => {
    const r = (await runJob('/api/models/weights/optimize', body(false))) || {};
    const report = r.data || r.report || r;
    const errors = report.errors || [];
    toast(t('wo.changed', { n: report.changed || 0 }) + (errors.length ? ' – ' + errors.join('; ') : ''), errors.length ? 'error' : 'ok');
    const fresh = latest('weights');
    const next = (await post('/api/models/weights/optimize', body(true))).data;
    if (fresh()) lastReport = next;
    await refreshLoop();
    document.dispatchEvent(new CustomEvent('uniload:changed'));
  });
}

export function initWeights() {
  $('#wo-preview').addEventListener('click', (e) => preview(e.currentTarget));
  $('#wo-apply').addEventListener('click', (e) => apply(e.currentTarget));
  $('#wo-include').addEventListener('change', () => { outdate('weights'); lastReport = null; render(); });
  document.addEventListener('uniload:language', render);
  render();
}

export { refreshLoop as refreshWeightLoop };
