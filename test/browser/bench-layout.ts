// Layout benchmark of the chain view in Chromium: the aerosol chain and a synthetic 2,000-participant
// cluster loaded through POST /api/datasets, drawn from the real chain and dependency answers.
// Prints layout time (positions + elements), render time (Cytoscape add + style), time from
// navigation to the drawn chain, and the longest main-thread task (PerformanceObserver 'longtask')
// while panning and zooming with the mouse.
//
//   npx tsx test/browser/bench-layout.ts [participants=2000] [supplies=5000]
//
// `benchLayout()` is exported for test/bench/run.ts.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { syntheticDataset } from '../bench/generate.js';
import { buildWebIfStale, hasChromium, launchChromium, startServer } from './support.js';

export interface ChainBench {
  case: string;
  nodes: number;
  edges: number;
  layoutMs: number;
  renderMs: number;
  drawnAfterMs: number;
  panMs: number;
  longTasksWhilePanning: number;
  longestTaskWhilePanningMs: number;
  /** Every long task while panning, in ms, in order. */
  longTasks: number[];
}

const observeLongTasks = () => {
  const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
  w.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Drag the drawing around and zoom with the wheel, as a person exploring it would. */
async function panAround(page: Page): Promise<number> {
  const box = (await page.getByTestId('chain-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const t0 = Date.now();
  for (const [dx, dy] of [[300, 0], [-300, 150], [0, -300], [-200, 100], [250, 50]] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 25 });
    await page.mouse.up();
  }
  for (const delta of [-400, -400, 400, 400, -200]) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(120);
  }
  return Date.now() - t0;
}

async function measure(page: Page, url: string, label: string): Promise<ChainBench> {
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as { __chainTimings?: unknown }).__chainTimings, null, { timeout: 120_000 });
  await page.waitForTimeout(1000); // let the first frames and the gaps answer settle
  const timings = await page.evaluate(() => (window as unknown as { __chainTimings: { layoutMs: number; renderMs: number; nodes: number; edges: number; drawnAt: number } }).__chainTimings);
  const mark = await page.evaluate(() => performance.now());
  const panMs = await panAround(page);
  await page.waitForTimeout(500);
  const tasks = await page.evaluate((m) => (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks.filter((t) => t.start >= m), mark);
  return {
    case: label, nodes: timings.nodes, edges: timings.edges, layoutMs: timings.layoutMs, renderMs: timings.renderMs, drawnAfterMs: timings.drawnAt,
    panMs, longTasksWhilePanning: tasks.length, longestTaskWhilePanningMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.map((t) => Math.round(t.duration)),
  };
}

/** A gaps answer with one unmet need per need of the dataset, so every participant gets a gap node. */
function stubGaps(dataset: ReturnType<typeof syntheticDataset>) {
  const names = new Map((dataset.organizations ?? []).map((o) => [o.id, o.name]));
  const byProduct = new Map<string, Array<{ id: string; name: string; need: number; covered: number; unmet: number; importShare: number | null }>>();
  for (const n of dataset.needs ?? []) {
    const list = byProduct.get(n.product) ?? [];
    list.push({ id: n.org, name: names.get(n.org) ?? n.org, need: n.value, covered: 0, unmet: n.value, importShare: n.importShare ?? null });
    byProduct.set(n.product, list);
  }
  const unmetNeeds = [...byProduct].map(([product, customers]) => {
    const need = customers.reduce((s, c) => s + c.need, 0);
    return { product, productName: product, need, covered: 0, unmet: need, importShare: 0.5, countries: ['CN'], customers };
  });
  return { year: 2024, unmetNeeds, emptyStages: [], singleSource: [], critical: [] };
}

export async function benchLayout(opts: { participants?: number; supplies?: number } = {}): Promise<ChainBench[]> {
  if (!hasChromium) throw new Error('/usr/bin/chromium is missing: install it with `apt-get install -y chromium`');
  const { participants = 2000, supplies = Math.round(participants * 2.5) } = opts;
  buildWebIfStale();
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const dataset = syntheticDataset({ participants, supplies, prefix: 'webbench' });
    const cluster = dataset.clusters![0]!.id;
    const res = await fetch(`${server.url}/api/datasets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(dataset) });
    if (res.status !== 201) throw new Error(`POST /api/datasets: ${res.status} ${(await res.text()).slice(0, 500)}`);
    const page = await browser.context.newPage();
    await page.addInitScript(observeLongTasks);
    const results = [await measure(page, `${server.url}/clusters/aerosol`, 'aerosol (demo)')];
    // The real gaps answer is not awaited here: at this size it is the slowest query by far, and its
    // computing would compete with the browser for the CPU while panning. First without gap nodes…
    await page.route(`**/api/clusters/${cluster}/gaps*`, (route) => route.fulfill({ status: 503, json: { error: { code: 'bench', message: 'gaps skipped by the benchmark' } } }));
    results.push(await measure(page, `${server.url}/clusters/${cluster}`, `${participants} participants, ${supplies} supplies`));
    // …then with one gap node per participant (a gaps answer made from the dataset's needs).
    await page.unroute(`**/api/clusters/${cluster}/gaps*`);
    await page.route(`**/api/clusters/${cluster}/gaps*`, (route) => route.fulfill({ json: stubGaps(dataset) }));
    results.push(await measure(page, `${server.url}/clusters/${cluster}`, `${participants} participants + gap nodes (gaps answer made in the bench)`));
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function printBench(results: ChainBench[]): void {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.table(results.map((r) => ({
    case: r.case, nodes: r.nodes, edges: r.edges, layout: ms(r.layoutMs), render: ms(r.renderMs), 'drawn after': ms(r.drawnAfterMs),
    'long tasks while panning': r.longTasksWhilePanning, 'longest task while panning': ms(r.longestTaskWhilePanningMs),
  })));
  for (const r of results) console.log(`${r.case}: long tasks while panning (ms): ${r.longTasks.join(', ') || 'none'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [participants, supplies] = process.argv.slice(2).map(Number);
  printBench(await benchLayout({ participants: participants || undefined, supplies: supplies || undefined }));
}
