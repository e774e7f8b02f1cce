// API latency under load: the app serves the benchmark's database on a free port in this process,
// and a separate client process (api-load.ts) keeps 50 connections busy against it.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../api/app.js';
import type { Engine } from '../../api/engine/index.js';

export interface ApiFigures { requests: number; failures: number; p50: number; p95: number; perSecond: number; mix: string }

/** What a person browsing the explorer asks: the registry, a profile, and a cluster's three analytic answers. */
export function browsingPaths(ids: string[], n = 40): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n && ids.length; i++) {
    const id = encodeURIComponent(ids[(i * 7) % ids.length]!);
    out.push(`/api/clusters?q=${i % 10}&limit=20`, `/api/clusters/${id}`, `/api/clusters/${id}/dependency`,
      `/api/clusters/${id}/compliance`, `/api/clusters/${id}/gaps`);
  }
  return out;
}

export async function measureApi(engine: Engine, paths: string[], opts: { connections?: number; seconds?: number } = {}): Promise<ApiFigures> {
  const { connections = 50, seconds = 10 } = opts;
  process.env.LOG_REQUESTS = '0';
  const server = createApp(engine).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const client = fileURLToPath(new URL('./api-load.ts', import.meta.url));
    const config = JSON.stringify({ url: `http://127.0.0.1:${port}`, paths, connections, seconds });
    const out = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', client, config], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`the load client failed: ${stderr || err.message}`));
        else resolve(stdout);
      });
    });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as Omit<ApiFigures, 'mix'> & { errors: number; timeouts: number };
    if (!r.requests) throw new Error(`no API response completed in ${seconds} s under ${connections} connections`);
    return { ...r, failures: r.failures + r.errors + r.timeouts, mix: 'registry search, profile, dependency, compliance, gaps' };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
