// The console shell: tabs (the URL hash), language, logout and periodic refresh of the open view.
import { api } from './api.js';
import { applyTranslations, currentLanguage, setLanguage } from './i18n.js';
import { initActivity, refreshActivity } from './activity.js';
import { initChannels, refreshChannels } from './channels.js';
import { initDashboard, refreshDashboard } from './dashboard.js';
import { initModels, refreshModels } from './models.js';
import { initPlan } from './plan.js';
import { initWeights, refreshWeightLoop } from './weights.js';
import { initAdoption } from './adoption.js';
import { initServices, refreshServices } from './services.js';
import { initRules, refreshRules } from './rules.js';
import { initSettings, refreshSettings } from './settings.js';
import { initSiteForm } from './siteform.js';
import { $, $$ } from './ui.js';

const VIEWS = ['dashboard', 'site', 'channels', 'models', 'services', 'activity', 'settings'];
// Settings are read when the tab opens, never refreshed under the operator's edits.
const REFRESH = { dashboard: refreshDashboard, channels: refreshChannels, models: refreshModels, services: refreshServices, activity: refreshActivity, site: null, settings: null };
let refreshTimer = 0;

// One refresh at a time: a tick while one runs is skipped, a change meanwhile queues one more.
let refreshing = null;
let refreshAgain = false;
function runRefresh() {
  const refresh = REFRESH[currentView()];
  if (!refresh) return;
  if (refreshing) { refreshAgain = true; return; }
  refreshing = Promise.resolve().then(refresh).catch(() => {}).finally(() => {
    refreshing = null;
    if (refreshAgain) { refreshAgain = false; runRefresh(); }
  });
}

function currentView() {
  const name = window.location.hash.replace('#', '');
  return VIEWS.includes(name) ? name : 'dashboard';
}

// `languageSwitch`: the same view drawn again in another language; the Settings tab keeps the
// operator's unsaved edits (its views translate themselves on 'uniload:language').
function show(languageSwitch = false) {
  const view = currentView();
  for (const section of $$('.view')) section.hidden = section.dataset.view !== view;
  for (const tab of $$('.tabs a')) tab.setAttribute('aria-selected', String(tab.dataset.tab === view));
  document.title = `${$('.tabs a[data-tab="' + view + '"]').textContent} - uni-load`;
  const refresh = REFRESH[view];
  clearInterval(refreshTimer);
  if (view === 'settings' && !languageSwitch) { refreshRules(); refreshSettings(); }
  if (view === 'models') refreshWeightLoop();
  if (refresh) {
    runRefresh();
    refreshTimer = setInterval(() => { if (!document.hidden && !refreshing) runRefresh(); }, 15000);
  }
}

async function logout() {
  try { await api('DELETE', '/api/session'); } catch (_) { /* leaving anyway */ }
  window.location.assign('/login/');
}

function init() {
  const select = $('#language');
  select.value = currentLanguage();
  select.addEventListener('change', () => {
    setLanguage(select.value);
    applyTranslations(document);
    document.dispatchEvent(new CustomEvent('uniload:language'));
    show(true);
  });
  applyTranslations(document);
  initDashboard();
  initSiteForm();
  initChannels();
  initModels();
  initPlan();
  initWeights();
  initAdoption();
  initServices();
  initSettings();
  initRules();
  initActivity();
  $('#logout').addEventListener('click', logout);
  window.addEventListener('hashchange', () => show());
  document.addEventListener('uniload:changed', runRefresh);
  api('GET', '/api/session').then((s) => { $('#logout').hidden = !s.authRequired; }).catch(() => {});
  show();
  document.body.dataset.ready = 'true';
}

init();
