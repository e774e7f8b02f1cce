// `npm run bench` runs end to end at demo scale and ends with its JSON summary. Timings are never
// asserted: they depend on the machine; only that every figure is there and is a number.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './run.js';
import { generateDataset, scales } from './generate-scale.js';
import { datasetSchema, checkRules, noKnownIds } from '../../graph-schema/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const keys = ['scale', 'engine', 'loadRecordsPerSec', 'clusterAnalyticsP50Ms', 'clusterAnalyticsP95Ms', 'sweepMs', 'apiP50Ms', 'apiP95Ms', 'peakRssMb', 'dbToOracleRatio'];

describe('npm run bench', () => {
  it('runs at demo scale and its last line is the JSON summary with every figure', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', '--scale', 'demo', '--json', '--no-web', '--api-seconds', '5', '--workbook-rows', '200'],
        { cwd: root, maxBuffer: 16 << 20 }, (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve(out)));
    });
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual([...keys].sort());
    expect(summary.scale).toBe('demo');
    expect(summary.engine).toBe('kuzu');
    for (const k of keys.slice(2)) {
      expect(typeof summary[k], k).toBe('number');
      expect(Number.isFinite(summary[k]), k).toBe(true);
      expect(summary[k] as number, k).toBeGreaterThan(0);
    }
    expect(stdout).toContain('cluster analytics p95');
  }, 120_000);

  it('refuses unknown options and scales with a message saying which', () => {
    expect(() => parseArgs(['--scale', 'planet'])).toThrow(/--scale must be one of demo, region, national, not "planet"/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option "--fast"/);
    expect(parseArgs(['--scale', 'region', '--json'])).toMatchObject({ scale: 'region', json: true, engine: 'kuzu' });
  });
});

describe('the scale generator', () => {
  it('is deterministic and gives a valid cluster-dataset/1 document with the shape issue 5 asks for', () => {
    const spec = { ...scales.demo, organizations: 600, supplies: 2000 };
    const a = generateDataset(spec);
    expect(generateDataset(spec)).toEqual(a);
    expect(generateDataset(spec, { seed: 1 })).not.toEqual(a);
    const doc = datasetSchema.parse(a);
    expect(checkRules(doc, noKnownIds()).errors).toEqual([]);
    expect(doc.supplies).toHaveLength(2000);
    expect(doc.clusters).toHaveLength(spec.clusters);
    // organizations in several clusters, foreign and outside suppliers, missing financials, needs with import shares
    const clustersOf = new Map<string, number>();
    for (const m of doc.memberships) clustersOf.set(m.org, (clustersOf.get(m.org) ?? 0) + 1);
    expect([...clustersOf.values()].some((n) => n > 1)).toBe(true);
    expect(doc.organizations.some((o) => o.country !== 'RU')).toBe(true);
    expect(doc.organizations.some((o) => !clustersOf.has(o.id) && o.country === 'RU')).toBe(true);
    expect(doc.organizations.some((o) => clustersOf.has(o.id) && o.financials.length === 0)).toBe(true);
    expect(doc.needs.some((n) => n.importShare != null && n.importCountries.length > 0)).toBe(true);
    // heavy-tailed: the busiest supplier has far more supplies than the average one
    const out = new Map<string, number>();
    for (const s of doc.supplies) out.set(s.from, (out.get(s.from) ?? 0) + 1);
    expect(Math.max(...out.values())).toBeGreaterThan(10 * (doc.supplies.length / out.size));
  });
});
