// Shared by the browser suite and the layout benchmark: build the web app, start the real server
// on a free port with a fresh database, launch Debian's Chromium (never a downloaded browser).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const artifacts = path.join(root, 'test', 'artifacts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function webIsFresh(): boolean {
  const index = path.join(root, 'dist', 'web', 'index.html');
  const sources = Math.max(newestMtime(path.join(root, 'web')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  return fs.existsSync(index) && fs.statSync(index).mtimeMs > sources;
}

/**
 * `npx vite build` unless dist/web/index.html is newer than every file of web/ and vite.config.ts.
 * Browser test files run in parallel workers: a lock directory makes the second one wait for the
 * first one's build instead of emptying dist/web under a running server.
 */
export async function buildWebIfStale(): Promise<void> {
  if (webIsFresh()) return;
  const lock = path.join(root, 'dist', '.web-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try { fs.mkdirSync(lock); break; } catch {
      // A lock left by a killed run is stale after the longest build we expect.
      const since = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another web build holds ${lock} for over 3 minutes`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!webIsFresh()) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer { url: string; stop(): Promise<void> }

/** The real server (`tsx api/server.ts`) with the demo data in a fresh temporary database. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-db-'));
  const child: ChildProcess = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['api/server.ts'], {
    cwd: root, detached: true, stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(port), KUZU_PATH: path.join(dir, 'graph.kuzu'), DEMO_DATA: '1', LOG_REQUESTS: '0', GRAPH_ENGINE: 'kuzu', NEO4J_URI: '', ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += String(d); });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* exited */ }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not answer /api/health: ${stderr.slice(-2000)}`);
}

export interface Browser { context: BrowserContext; close(): Promise<void> }

export async function launchChromium(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'ru-RU',
  });
  // The full suite runs property tests beside the browser on 2 cores, and a page's earlier requests
  // (every analytic of every year on a chain) may still hold the server: waits get a minute.
  context.setDefaultTimeout(60_000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Session { server: RunningServer; browser: Browser; page: Page }

/** What every browser suite starts with: the built web app, the real server with the demo data, one page. */
export async function openSession(onPageError: (message: string) => void = () => {}): Promise<Session> {
  fs.mkdirSync(artifacts, { recursive: true });
  await buildWebIfStale();
  const server = await startServer();
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => { onPageError(e.message); console.error('page error:', e.message); });
  return { server, browser, page };
}

export async function closeSession(session: Partial<Session>): Promise<void> {
  await session.browser?.close();
  await session.server?.stop();
}
