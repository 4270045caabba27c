// Calls to the uni-load HTTP API from the console. The session cookie travels automatically
// (same origin); a 401 means the session ended, so the browser goes back to the login page.
import { apiLanguage } from './i18n.js';

export class ApiError extends Error {
  constructor(message, status, body) {
    super(message);
    this.status = status;
    this.body = body || {};
  }
}

// Answers of getShared(), by path: {at, answer (a promise)}.
const shared = new Map();
const SHARE_MS = 2000;

export async function api(method, path, body) {
  if (method !== 'GET') shared.clear();  // a change: nothing read before it is reused
  const headers = { 'Accept': 'application/json', 'Accept-Language': apiLanguage() };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(String(err && err.message || err), 0, {});
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (_) { data = { error: text }; }
  if (response.status === 401 && path !== '/api/session') {
    window.location.assign('/login/');
    throw new ApiError('unauthorized', 401, data);
  }
  if (!response.ok) {
    const message = (data && (data.error || data.message)) || response.statusText || String(response.status);
    throw new ApiError(message, response.status, data);
  }
  return data;
}

export const get = (path) => api('GET', path);

// GET for readers that run side by side in one refresh (a tab whose panels each need the site
// groups): one request, asked for at most SHARE_MS ago, answers them all. The site groups are
// read live from gpt-load, which at scale costs a second or more per request.
export function getShared(path) {
  const hit = shared.get(path);
  if (hit && Date.now() - hit.at < SHARE_MS) return hit.answer;
  const answer = get(path);
  shared.set(path, { at: Date.now(), answer });
  answer.catch(() => { if (shared.get(path) && shared.get(path).answer === answer) shared.delete(path); });
  return answer;
}
export const post = (path, body) => api('POST', path, body === undefined ? {} : body);
export const put = (path, body) => api('PUT', path, body === undefined ? {} : body);
export const del = (path) => api('DELETE', path);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls GET /api/jobs/:id until the job ends; onProgress receives each job report. Resolves
// with the job's result, rejects with the job's error.
export async function followJob(jobId, onProgress) {
  for (;;) {
    await sleep(400);
    const job = await get('/api/jobs/' + encodeURIComponent(jobId));
    if (onProgress) onProgress(job);
    if (job.state !== 'running' && job.state !== 'queued') shared.clear();  // the job changed things
    if (job.state === 'done') return job.result;
    if (job.state === 'failed') {
      const result = job.result || {};
      throw new ApiError(job.error || result.error || 'failed', 0, { code: job.code, details: result.details || job.details });
    }
  }
}

// Starts a long operation with ?async=1 and follows its job (followJob); onStarted receives the
// job id (for cancelJob).
export async function runJob(path, body, onProgress, onStarted) {
  const started = await post(path + (path.includes('?') ? '&' : '?') + 'async=1', body);
  const jobId = started && started.jobId;
  if (!jobId) return started;  // answered synchronously
  if (onStarted) onStarted(jobId);
  return followJob(jobId, onProgress);
}

// Asks the server to stop a job after its current step; followJob then rejects with the code
// "cancelled".
export const cancelJob = (jobId) => post('/api/jobs/' + encodeURIComponent(jobId) + '/cancel');
