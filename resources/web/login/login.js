// Login: exchanges the API token for an HttpOnly session cookie (POST /api/session), then opens
// the console. The token is sent once and never stored by the page.
const STORAGE_KEY = 'uniload.language';
const TEXT = {
  en: {
    subtitle: 'AI site auto-configuration tool – connects uni-api and gpt-load',
    token: 'API token',
    hint: 'The token is in API_TOKEN, or in the file api-token in the configuration directory (the log names it).',
    submit: 'Log in',
    language: 'Language',
    empty: 'Enter the API token.',
    wrong: 'Wrong API token.',
    throttled: 'Too many failed attempts; wait a minute and try again.',
    network: 'The server cannot be reached.',
  },
  zh_CN: {
    subtitle: 'AI 站点自动配置工具 – 连接 uni-api 与 gpt-load',
    token: 'API 令牌',
    hint: '令牌来自 API_TOKEN，或配置目录中的 api-token 文件（日志中会给出其路径）。',
    submit: '登录',
    language: '语言',
    empty: '请输入 API 令牌。',
    wrong: 'API 令牌错误。',
    throttled: '失败次数过多，请稍候一分钟再试。',
    network: '无法连接服务器。',
  },
};

function detect() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && TEXT[stored]) return stored;
  } catch (_) { /* storage blocked */ }
  const nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return nav.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

let language = detect();
const t = (key) => TEXT[language][key] || TEXT.en[key];

function apply() {
  document.documentElement.lang = language === 'zh_CN' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
}

function showError(message) {
  const box = document.getElementById('login-error');
  box.textContent = message;
  box.hidden = !message;
}

function next() {
  window.location.replace('/');
}

async function submit(event) {
  event.preventDefault();
  const input = document.getElementById('token');
  const token = input.value.trim();
  if (!token) { showError(t('empty')); return; }
  const button = document.getElementById('login-submit');
  button.disabled = true;
  try {
    const response = await fetch('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language === 'zh_CN' ? 'zh-CN' : 'en' },
      body: JSON.stringify({ token }),
    });
    input.value = '';
    if (response.ok) { next(); return; }
    showError(response.status === 429 ? t('throttled') : response.status === 401 ? t('wrong') : (await response.json()).error);
  } catch (_) {
    showError(t('network'));
  } finally {
    button.disabled = false;
  }
}

async function init() {
  const select = document.getElementById('language');
  select.value = language;
  select.addEventListener('change', () => {
    language = select.value;
    try { window.localStorage.setItem(STORAGE_KEY, language); } catch (_) { /* storage blocked */ }
    apply();
  });
  apply();
  document.getElementById('login-form').addEventListener('submit', submit);
  // Already logged in, or authentication switched off: straight to the console.
  try {
    const state = await (await fetch('/api/session', { credentials: 'same-origin' })).json();
    if (state.authenticated) { next(); return; }
  } catch (_) { /* stay on the login page */ }
  document.body.dataset.ready = 'true';
  document.getElementById('token').focus();
}

init();
