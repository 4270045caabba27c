// Site configuration (uni-load-behaviour.md §23.1): URL with a live site-name preview, formats,
// keys, manual models, validation endpoints, probe, and the onboarding result. Keys typed here
// are sent once and never displayed again; results show counts only.
import { ApiError, cancelJob, get, post, runJob } from './api.js';
import { t, tWord } from './i18n.js';
import { $, $$, badge, clear, el, splitList, toast, withButton } from './ui.js';

const DEFAULT_ENDPOINTS = { openai: '/v1/chat/completions', anthropic: '/v1/messages', gemini: '/v1beta/models' };
let previewTimer = 0;
let previewSeq = 0;
// What the preview and the result card last showed, so a language switch can draw them again.
let lastPreview = null;  // {p, baseUrl, typed} or {err, baseUrl}
let lastResult = null;   // {kind:'report'|'error'|'probe', value}

function checkedTypes() {
  return $$('input[name="channelType"]:checked').map((c) => c.value);
}

function renderEndpointFields() {
  const box = clear($('#site-endpoints'));
  const previous = {};
  for (const type of Object.keys(DEFAULT_ENDPOINTS)) previous[type] = (document.getElementById('ep-' + type) || {}).value;
  for (const type of checkedTypes()) {
    box.append(el('label', { class: 'field' },
      el('span', { text: t('type.' + type) }),
      el('input', { type: 'text', id: 'ep-' + type, placeholder: DEFAULT_ENDPOINTS[type], value: previous[type] || '', spellcheck: 'false' })));
  }
}

function updateCounts() {
  const keys = splitList($('#site-keys').value);
  $('#site-keycount').textContent = keys.items.length
    ? t('site.keyCount', { n: keys.items.length }) + (keys.duplicates ? ' · ' + t('site.duplicates', { n: keys.duplicates }) : '')
    : '';
  const models = splitList($('#site-models').value, /[\r\n]+/);
  $('#site-modelcount').textContent = models.items.length ? t('site.modelCount', { n: models.items.length }) : '';
}

// A name the operator may give a site (core/sites/sitename.h isValidSiteName).
const VALID_SITE_NAME = /^(?!.*--)[a-z0-9][a-z0-9-]{1,88}[a-z0-9]$/;

// Why the typed site name is not the one that will be used (uni-load-behaviour.md §6.1: it only
// disambiguates two sites on one host, and an invalid one is replaced), or '' when it is used.
function typedNameNote(p, typed) {
  if (!typed || p.source === 'requested') return '';
  if (p.source === 'computed') return t('site.nameNotNeeded');
  if (p.source === 'existing-site') return t('site.nameExistingSite');
  if (!VALID_SITE_NAME.test(typed.toLowerCase())) return t('site.nameInvalid');
  return t('site.nameTaken');
}

function renderPreview() {
  const box = clear($('#site-preview'));
  if (!lastPreview) return;
  if (lastPreview.err) {
    const err = lastPreview.err;
    box.append(badge(err.status ? t('site.previewFailed') + ': ' + err.message : t('site.networkError'), 'bad'));
    delete box.dataset.siteName;
    return;
  }
  const { p, baseUrl, typed } = lastPreview;
  const note = typedNameNote(p, typed);
  box.append(
    el('span', { text: t('site.siteNameIs') + ' ' }), badge(p.siteName, 'ok'),
    p.normalizedBaseUrl && p.normalizedBaseUrl !== baseUrl ? el('span', { class: 'hint', text: ' → ' + p.normalizedBaseUrl }) : '',
    p.existingSite ? el('span', { class: 'hint', text: ' · ' + t('site.existing') }) : '',
    typed && p.source === 'requested' ? el('div', { class: 'hint', id: 'site-name-note', text: t('site.nameUsed') }) : '',
    note ? el('div', { class: 'warn-text', id: 'site-name-note', text: t('site.nameNotUsed', { name: typed }) + ' ' + note }) : '',
    p.warning ? el('div', { class: 'warn-text', text: p.warning }) : '');
  box.dataset.siteName = p.siteName;
}

async function preview() {
  const box = clear($('#site-preview'));
  const baseUrl = $('#site-baseurl').value.trim();
  lastPreview = null;
  const seq = ++previewSeq;  // also for an emptied field: a preview still on its way is stale
  if (!baseUrl) return;
  const typed = $('#site-name').value.trim();
  box.append(badge(t('site.previewing'), 'muted'));
  try {
    const p = await post('/api/preview-site-name', { baseUrl, siteName: typed || undefined });
    if (seq !== previewSeq) return;
    lastPreview = { p, baseUrl, typed };
  } catch (err) {
    if (seq !== previewSeq) return;
    lastPreview = { err, baseUrl };
  }
  renderPreview();
}

function schedulePreview() {
  clearTimeout(previewTimer);
  ++previewSeq;  // the answer for the text before this keystroke is no longer wanted
  previewTimer = setTimeout(preview, 500);
}

function requestBody() {
  const endpoints = {};
  for (const type of checkedTypes()) {
    const input = document.getElementById('ep-' + type);
    if (input && input.value.trim()) endpoints[type] = input.value.trim();
  }
  const body = {
    baseUrl: $('#site-baseurl').value.trim(),
    channelTypes: checkedTypes(),
    apiKeys: splitList($('#site-keys').value).items,
    models: splitList($('#site-models').value, /[\r\n]+/).items,
    operationType: 'create',
  };
  const siteName = $('#site-name').value.trim();
  if (siteName) body.siteName = siteName;
  if (Object.keys(endpoints).length) body.customValidationEndpoints = endpoints;
  return body;
}

function validate(body) {
  if (!body.baseUrl) return t('site.errUrl');
  try { const u = new URL(body.baseUrl); if (!/^https?:$/.test(u.protocol)) return t('site.errUrl'); } catch (_) { return t('site.errUrl'); }
  if (!body.channelTypes.length) return t('site.errTypes');
  if (!body.apiKeys.length) return t('site.errKeys');
  return '';
}

function showProgress(job) {
  const box = $('#site-progress');
  box.hidden = false;
  const p = (job && job.progress) || {};
  const fraction = p.total ? Math.min(1, p.done / p.total) : 0.1;
  $('.fill', box).style.width = Math.round(fraction * 100) + '%';
  $('.step', box).textContent = p.step || (job && job.title) || t('site.working');
}

// The result's first line, composed here from the facts so a language switch redraws it too
// (the server's message is in the language the run was started in).
function summaryOf(data, report) {
  if (!data.siteName) return (report && report.message) || '';
  const facts = { name: data.siteName, groups: data.groupsCreated ?? (data.siteGroups || []).length, models: data.modelsCount ?? 0 };
  const parts = [t(data.operationType === 'update' ? 'site.summaryUpdated' : 'site.summaryConfigured', facts)];
  const failed = (data.siteGroups || []).filter((g) => g.error).map((g) => g.name);
  if (failed.length) parts.push(t('site.summaryFailed', { n: failed.length, list: failed.join(', ') }));
  if (data.reconcile && data.reconcile.uniApi && data.reconcile.uniApi.error) parts.push(t('site.summaryUniApi'));
  return parts.join(' ');
}

function renderResult(report) {
  lastResult = { kind: 'report', value: report };
  const data = (report && report.data) || report || {};
  const box = clear($('#site-result'));
  box.hidden = false;
  box.className = 'card result ok';
  const groups = data.siteGroups || [];
  box.append(
    el('h3', { text: '✓ ' + t('site.done') }),
    el('p', { text: summaryOf(data, report) }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('site.siteNameLabel') }), el('dd', { id: 'result-site-name', text: data.siteName || '' }),
      el('dt', { text: t('site.formats') }), el('dd', { text: (data.channelTypes || []).map((x) => t('type.' + x)).join(', ') }),
      el('dt', { text: t('site.groupsCreated') }), el('dd', { text: String(data.groupsCreated ?? groups.length) }),
      el('dt', { text: t('site.modelsLabel') }),
      el('dd', {}, String(data.modelsCount ?? 0), data.usingManualModels ? badge(t('site.manual'), 'muted') : ''),
      el('dt', { text: t('site.modelGroups') }), el('dd', { text: String(data.modelGroups ?? 0) }),
      data.instance ? el('dt', { text: t('site.instance') }) : '',
      data.instance ? el('dd', { text: data.instance.name || data.instance.id }) : ''));
  for (const g of groups) {
    box.append(el('div', { class: 'group-line' },
      badge(g.action ? t('action.' + g.action) : '', g.error ? 'bad' : 'ok'), ' ', el('strong', { text: g.name }), ' ',
      el('span', { class: 'hint', text: t('site.groupKeys', { added: g.keysAdded ?? 0, submitted: g.keysSubmitted ?? 0 }) }),
      g.error ? el('div', { class: 'error-text', text: g.error.message }) : ''));
  }
  const byChannel = data.modelsByChannel || {};
  for (const [type, models] of Object.entries(byChannel)) {
    box.append(el('details', { class: 'models' },
      el('summary', { text: `${t('type.' + type)} · ${models.length}` }),
      el('div', { class: 'chips' }, models.map((m) => el('span', { class: 'chip', text: m })))));
  }
  const filter = data.filter || {};
  if (filter.dropped && filter.dropped.length) {
    box.append(el('details', { class: 'models' },
      el('summary', { text: t('site.dropped', { n: filter.dropped.length }) }),
      el('ul', {}, filter.dropped.map((d) => el('li', { text: `${d.model} — ${t('rule.' + d.rule)}${d.entry ? ' (' + d.entry + ')' : ''}` })))));
  }
  for (const w of data.warnings || []) box.append(el('p', { class: 'warn-text', text: '⚠ ' + w }));
}

function renderError(err) {
  lastResult = { kind: 'error', value: err };
  const box = clear($('#site-result'));
  box.hidden = false;
  box.className = 'card result bad';
  const d = (err.body && err.body.details) || {};
  const cancelled = err.body && err.body.code === 'cancelled';
  box.append(el('h3', { text: '✗ ' + t(cancelled ? 'site.cancelled' : 'site.failed') }),
    el('p', { id: 'result-error', text: cancelled ? t('site.cancelledText') : err.message }));
  if (err.body && err.body.code) box.append(el('p', { class: 'hint', text: t('site.code') + ': ' + err.body.code }));
  if (d && typeof d === 'object' && d.step) box.append(el('p', { class: 'hint', text: t('site.step') + ': ' + d.step + (d.instance ? ` @ ${d.instance}` : '') }));
  if (typeof d === 'string' && d) box.append(el('p', { class: 'hint', text: d }));
}

async function submit(event) {
  event.preventDefault();
  const body = requestBody();
  const problem = validate(body);
  if (problem) { toast(problem, 'error'); return; }
  $('#site-result').hidden = true;
  const sentKeys = $('#site-keys').value;
  await withButton($('#site-submit'), async () => {
    showProgress(null);
    const cancel = $('#site-cancel');
    cancel.disabled = true;
    try {
      const report = await runJob('/api/process-ai-site', body, showProgress, (jobId) => {
        runningJob = jobId;
        cancel.disabled = false;
      });
      renderResult(report);
      // Keys are not kept in the page once sent; keys typed meanwhile for the next site stay.
      if ($('#site-keys').value === sentKeys) $('#site-keys').value = '';
      updateCounts();
      toast(t('site.done'), 'ok');
      if (demoSites.length) loadDemoSites();  // its entry now says "configured"
      document.dispatchEvent(new CustomEvent('uniload:changed'));
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) renderError(err);
    } finally {
      runningJob = null;
      $('#site-progress').hidden = true;
    }
  });
}

// The onboarding running now (its job id), for Cancel run.
let runningJob = null;

async function cancelRun(button) {
  if (!runningJob) return;
  button.disabled = true;
  $('.step', $('#site-progress')).textContent = t('site.cancelling');
  try {
    await cancelJob(runningJob);
  } catch (err) {
    toast(err.message || String(err), 'error');  // over already: its result arrives anyway
  }
}

async function probe() {
  const baseUrl = $('#site-baseurl').value.trim();
  if (!baseUrl) { toast(t('site.errUrl'), 'error'); return; }
  const key = splitList($('#site-keys').value).items[0];
  // A site checked only as Anthropic or Gemini is probed that format's way (its key header).
  const types = checkedTypes();
  const body = key ? { baseUrl, apiKey: key } : { baseUrl };
  if (types.length && !types.includes('openai')) body.channelType = types[0];
  await withButton($('#site-probe'), async () => {
    const r = await post('/api/probe-api', body);
    renderProbe(r.probeResult || {});
  });
}

function renderProbe(p) {
  lastResult = { kind: 'probe', value: p };
  const box = clear($('#site-result'));
  box.hidden = false;
  box.className = 'card result ok';
  box.append(el('h3', { text: t('site.probeResult') }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('site.probeFormat') }), el('dd', { text: p.format ? tWord('type.', p.format) : '—' }),
      el('dt', { text: t('site.probeEndpoint') }), el('dd', { text: p.endpoint || '—' }),
      el('dt', { text: t('site.modelsLabel') }), el('dd', { text: String(p.modelCount ?? 0) })),
    el('div', { class: 'chips' }, (p.modelsSample || []).map((m) => el('span', { class: 'chip', text: m }))));
}

// --demo: the simulated sites the server offers (GET /api/demo/sites) as a fill-in helper; they
// take any key, so the one filled in is only an example. Elsewhere the row stays hidden.
const DEMO_EXAMPLE_KEY = 'sk-demo-any-key-works';
let demoSites = [];

async function loadDemoSites() {
  try {
    const data = (await get('/api/demo/sites')).data || {};
    demoSites = data.demo ? data.sites || [] : [];
  } catch (_) {
    demoSites = [];  // a server without the route (--web-root against an older uni-load)
  }
  renderDemoSites();
}

function renderDemoSites() {
  $('#site-demo').hidden = demoSites.length === 0;
  const select = $('#site-demo-select');
  const chosen = select.value;
  clear(select).append(el('option', { value: '', text: t('site.demoChoose') }));
  demoSites.forEach((site, index) => {
    const format = t('type.' + ((site.channelTypes || [])[0] || 'openai'));
    const text = t('site.demoSite', { format, url: site.baseUrl }) + (site.onboarded ? ' ' + t('site.demoOnboarded') : '');
    select.append(el('option', { value: String(index), text }));
  });
  select.value = chosen;
}

function fillDemoSite() {
  const chosen = $('#site-demo-select').value;
  const site = chosen === '' ? null : demoSites[Number(chosen)];
  if (!site) return;
  $('#site-baseurl').value = site.baseUrl;
  $('#site-name').value = site.siteName || '';
  for (const box of $$('input[name="channelType"]')) box.checked = (site.channelTypes || []).includes(box.value);
  $('#site-keys').value = DEMO_EXAMPLE_KEY;
  renderEndpointFields();
  updateCounts();
  schedulePreview();
  toast(t('site.demoKeyNote'));
}

// Redraws what was last shown in the new language (no new request).
function redraw() {
  renderPreview();
  if (!lastResult || $('#site-result').hidden) return;
  if (lastResult.kind === 'report') renderResult(lastResult.value);
  else if (lastResult.kind === 'error') renderError(lastResult.value);
  else renderProbe(lastResult.value);
}

export function initSiteForm() {
  $('#site-baseurl').addEventListener('input', schedulePreview);
  $('#site-name').addEventListener('input', schedulePreview);
  $('#site-keys').addEventListener('input', updateCounts);
  $('#site-models').addEventListener('input', updateCounts);
  for (const box of $$('input[name="channelType"]')) box.addEventListener('change', renderEndpointFields);
  $('#site-form').addEventListener('submit', submit);
  $('#site-probe').addEventListener('click', probe);
  $('#site-cancel').addEventListener('click', (e) => cancelRun(e.currentTarget));
  $('#site-demo-select').addEventListener('change', fillDemoSite);
  renderEndpointFields();
  loadDemoSites();
  document.addEventListener('uniload:language', () => { renderEndpointFields(); updateCounts(); renderDemoSites(); redraw(); });
}
