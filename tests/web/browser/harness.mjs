// Shared by the browser test and the screenshot script: finds Chromium and playwright-core,
// starts `uni-load --headless --demo --port 0` and reads its port and the demo sites' URLs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SKIP = 77;  // CTest SKIP_RETURN_CODE
const here = dirname(fileURLToPath(import.meta.url));

export function skip(reason) {
  console.log(`SKIP: ${reason}`);
  process.exit(SKIP);
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) || null;
}

// playwright-core from tests/web/browser/node_modules (npm ci), or null when not installed.
export async function loadPlaywright() {
  const require = createRequire(join(here, 'package.json'));
  try {
    const path = require.resolve('playwright-core');
    return (await import(path)).default || (await import(path));
  } catch (_) {
    return null;
  }
}

// The flags a root user in a closed network needs: no sandbox, no background traffic.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'];

export async function launchBrowser(playwright, executablePath) {
  return playwright.chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60000 });
}

// Starts uni-load's demo world; resolves with {url, token, sites:[url…], stop()}.
export function startUniLoad(binary, extraArgs = []) {
  const token = randomBytes(24).toString('hex');
  const env = { ...process.env, API_TOKEN: token, LANG: 'C.UTF-8' };
  delete env.API_AUTH;
  // UNILOAD_WEB_ROOT=resources/web tries console changes without rebuilding the binary.
  const webRoot = process.env.UNILOAD_WEB_ROOT ? ['--web-root', process.env.UNILOAD_WEB_ROOT] : [];
  const child = spawn(binary, ['--headless', '--demo', '--port', '0', ...webRoot, ...extraArgs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('uni-load did not announce its port within 30 s')), 30000);
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\nstdout:\n${out}\nstderr:\n${err.slice(-4000)}`));
    }
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => fail(new Error(`uni-load exited early with code ${code}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const listening = out.match(/listening on 127\.0\.0\.1:(\d+)/);
      const demo = out.match(/AI sites at ([^;]+);/);
      if (!listening || !demo) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: `http://127.0.0.1:${listening[1]}`,
        token,
        sites: demo[1].split(', '),
        log: () => err,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) { done(child.exitCode); return; }
          child.once('exit', (code) => done(code));
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

// Preconditions shared by both scripts; exits with SKIP when something is missing.
export async function prerequisites() {
  const binary = process.argv[2] || process.env.UNILOAD_BINARY;
  if (!binary || !existsSync(binary)) {
    console.error(`usage: node ${process.argv[1]} <path to uni-load>`);
    process.exit(2);
  }
  const chromium = findChromium();
  if (!chromium) skip('Chromium is not installed (apt-get install chromium, or run packaging/bootstrap.sh)');
  const playwright = await loadPlaywright();
  if (!playwright) skip(`playwright-core is not installed: run "npm ci" in ${here} (packaging/bootstrap.sh does)`);
  return { binary, chromium, playwright };
}
