// Layout benchmark of the chain view in Chromium: the aerosol chain and a synthetic 2,000-participant
// cluster loaded through POST /api/datasets, drawn from the real chain and dependency answers.
// Prints layout time (positions + elements), render time (Cytoscape add + style), time from
// navigation to the drawn chain (and to the chain with its gap nodes, from the real /gaps answer),
// and the longest main-thread task (PerformanceObserver 'longtask') while panning and zooming with
// the mouse, with the gesture each long task fell in. With runs > 1 it ends with the range per case.
//
//   npx tsx test/browser/bench-layout.ts [participants=2000] [supplies=5000] [runs=1]
//   npm run bench:web -- 2000 5000 3
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
  /** Navigation to the chain redrawn with the gaps answer in (null if it failed or was refused). */
  withGapsAfterMs: number | null;
  panMs: number;
  longTasksWhilePanning: number;
  longestTaskWhilePanningMs: number;
  /** Every long task while panning, in ms, in order. */
  longTasks: number[];
  /** The gesture of each long task: drag1…drag5, wheel1…wheel5 or after. */
  longTaskGestures: string[];
}

type Timings = { layoutMs: number; renderMs: number; nodes: number; edges: number; drawnAt: number; firstDrawnAt: number; gaps: 'pending' | 'in' | 'failed' };

const observeLongTasks = () => {
  const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
  w.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Drag the drawing around and zoom with the wheel, as a person exploring it would. */
async function panAround(page: Page, marks: Array<{ name: string; at: number }>): Promise<number> {
  const box = (await page.getByTestId('chain-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const mark = async (name: string) => { marks.push({ name, at: await page.evaluate(() => performance.now()) }); };
  const t0 = Date.now();
  let i = 0;
  for (const [dx, dy] of [[300, 0], [-300, 150], [0, -300], [-200, 100], [250, 50]] as const) {
    await mark(`drag${++i}`);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 25 });
    await page.mouse.up();
  }
  i = 0;
  for (const delta of [-400, -400, 400, 400, -200]) {
    await mark(`wheel${++i}`);
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(120);
  }
  await mark('after');
  return Date.now() - t0;
}

async function measure(page: Page, url: string, label: string): Promise<ChainBench> {
  await page.goto(url);
  // The chain is drawn first, then again with its gap nodes once the gaps answer is in (or refused).
  await page.waitForFunction(() => {
    const t = (window as unknown as { __chainTimings?: Timings }).__chainTimings;
    return !!t && t.gaps !== 'pending';
  }, null, { timeout: 180_000, polling: 100 });
  await page.waitForTimeout(1000); // let the first frames settle, as a person would look before dragging
  const timings = await page.evaluate(() => (window as unknown as { __chainTimings: Timings }).__chainTimings);
  const marks: Array<{ name: string; at: number }> = [];
  const panMs = await panAround(page, marks);
  await page.waitForTimeout(500);
  const tasks = await page.evaluate((m) => (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks.filter((t) => t.start >= m), marks[0]!.at);
  const gesture = (at: number) => marks.filter((m) => m.at <= at).at(-1)?.name ?? '?';
  return {
    case: label, nodes: timings.nodes, edges: timings.edges, layoutMs: timings.layoutMs, renderMs: timings.renderMs, drawnAfterMs: timings.firstDrawnAt,
    withGapsAfterMs: timings.gaps === 'in' ? timings.drawnAt : null,
    panMs, longTasksWhilePanning: tasks.length, longestTaskWhilePanningMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.map((t) => Math.round(t.duration)), longTaskGestures: tasks.map((t) => gesture(t.start)),
  };
}

export async function benchLayout(opts: { participants?: number; supplies?: number } = {}): Promise<ChainBench[]> {
  if (!hasChromium) throw new Error('/usr/bin/chromium is missing: install it with `apt-get install -y chromium`');
  const { participants = 2000, supplies = Math.round(participants * 2.5) } = opts;
  await buildWebIfStale();
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
    // First without gap nodes (the gaps request refused by the benchmark)…
    await page.route(`**/api/clusters/${cluster}/gaps*`, (route) => route.fulfill({ status: 503, json: { error: { code: 'bench', message: 'gaps refused by the benchmark' } } }));
    results.push(await measure(page, `${server.url}/clusters/${cluster}`, `${participants} participants, ${supplies} supplies, no gaps`));
    // …then as the app runs: the real /gaps answer, awaited, adds a gap node per unmet need.
    await page.unroute(`**/api/clusters/${cluster}/gaps*`);
    results.push(await measure(page, `${server.url}/clusters/${cluster}`, `${participants} participants + gap nodes (real /gaps)`));
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const ms = (v: number | null) => (v === null ? '—' : `${v.toFixed(0)} ms`);

export function printBench(results: ChainBench[]): void {
  console.table(results.map((r) => ({
    case: r.case, nodes: r.nodes, edges: r.edges, layout: ms(r.layoutMs), render: ms(r.renderMs), 'chain drawn after': ms(r.drawnAfterMs),
    'with gaps after': ms(r.withGapsAfterMs), 'long tasks while panning': r.longTasksWhilePanning,
    'over 200 ms': r.longTasks.filter((d) => d > 200).length, 'longest task while panning': ms(r.longestTaskWhilePanningMs),
  })));
  for (const r of results) {
    console.log(`${r.case}: long tasks while panning (ms @ gesture): ${r.longTasks.map((d, i) => `${d}@${r.longTaskGestures[i]}`).join(', ') || 'none'}`);
  }
}

/** min–max of each figure per case over several runs. */
export function printRanges(runs: ChainBench[][]): void {
  const range = (xs: number[], f: (v: number) => string) => {
    const [lo, hi] = [f(Math.min(...xs)), f(Math.max(...xs))];
    return lo === hi ? lo : `${lo}–${hi}`;
  };
  const n = (v: number) => String(v);
  const m = (v: number) => v.toFixed(0);
  console.log(`\nRange over ${runs.length} runs (ms):`);
  console.table(runs[0]!.map((first, i) => {
    const rs = runs.map((r) => r[i]!);
    const gaps = rs.map((r) => r.withGapsAfterMs).filter((v): v is number => v !== null);
    return {
      case: first.case, layout: range(rs.map((r) => r.layoutMs), m), render: range(rs.map((r) => r.renderMs), m),
      'chain drawn after': range(rs.map((r) => r.drawnAfterMs), m), 'with gaps after': gaps.length ? range(gaps, m) : '—',
      'longest task while panning': range(rs.map((r) => r.longestTaskWhilePanningMs), m),
      'tasks over 200 ms': range(rs.map((r) => r.longTasks.filter((d) => d > 200).length), n),
    };
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [participants, supplies, runs] = process.argv.slice(2).map(Number);
  const all: ChainBench[][] = [];
  for (let i = 0; i < (runs || 1); i++) {
    if ((runs || 1) > 1) console.log(`\nRun ${i + 1} of ${runs}`);
    const results = await benchLayout({ participants: participants || undefined, supplies: supplies || undefined });
    printBench(results);
    all.push(results);
  }
  if (all.length > 1) printRanges(all);
}
