// The pages for authorities and investors in Chromium, against the real server with the demo data:
// the regions map with its legend and a region's panel, the comparison of three demo clusters with
// its CSV, a sourcing candidate opening its own cluster, the year slider, the between-clusters graph.
// Screenshots go to test/artifacts/regions-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, closeSession, hasChromium, openSession, type Browser, type RunningServer } from './support.js';

if (!hasChromium) console.warn('test/browser/regions.test.ts: /usr/bin/chromium is missing — browser tests skipped (install it with `apt-get install -y chromium`).');

/* eslint-disable @typescript-eslint/no-explicit-any */
describe.skipIf(!hasChromium)('maps, comparison and sourcing in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `regions-${name}.png`), fullPage: true });
  const api = async (p: string) => (await fetch(server.url + p)).json() as Promise<any>;

  beforeAll(async () => {
    ({ server, browser, page } = await openSession((m) => errors.push(m)));
  }, 180_000);

  afterAll(() => closeSession({ server, browser }), 30_000);

  it('draws the map of 89 subjects with its legend; a click opens the region and its clusters', async () => {
    const { items } = await api('/api/regions');
    const most = [...items].sort((a: any, b: any) => b.clusters - a.clusters)[0];
    await page.goto(server.url + '/regions');
    const tiles = page.locator('[data-testid="tile-map"] g[data-region]');
    await expect.poll(() => tiles.count()).toBe(89);
    await expect.poll(() => page.locator('[data-testid="map-legend"] li').count()).toBeGreaterThan(2);
    expect(await page.getByTestId('map-legend').textContent()).toContain('Кластеров');
    // The region with the most clusters gets the darkest colour of the legend's last bin.
    const lastBin = page.locator('[data-testid="map-legend"] li[data-bin]:not([data-bin="zero"]):not([data-bin="none"])').last();
    const darkest = await lastBin.locator('.tile-swatch').evaluate((e) => getComputedStyle(e).backgroundColor);
    const fill = await page.locator(`g[data-region="${most.name}"]`).getAttribute('data-fill');
    expect(fill).toMatch(/^#/);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(rgb(fill!)).toBe(darkest);
    await shot('01-map');

    await page.getByTestId('map-measure').selectOption('rating');
    expect(await page.getByTestId('map-legend').textContent()).toContain('рейтинг');
    expect(await page.locator('g[data-region="Республика Башкортостан"]').getAttribute('aria-label')).toBe('Республика Башкортостан: 1-е место');

    const region = 'Московская область';
    const detail = await api(`/api/regions/${encodeURIComponent(region)}`);
    await page.locator(`g[data-region="${region}"]`).click();
    await page.waitForURL(`**/regions/${encodeURIComponent(region)}`);
    await expect.poll(() => page.getByTestId('region-name').textContent()).toBe(region);
    const links = page.locator('[data-testid="region-clusters"] li');
    await expect.poll(() => links.count()).toBe(detail.clusters.length);
    expect(await page.locator('[data-testid="region-panel"]').textContent()).toContain('13-е место');
    await shot('02-region');

    await page.locator('[data-testid="region-clusters"] li[data-cluster="aerosol"] a').click();
    await page.waitForURL('**/clusters/aerosol');
    await expect.poll(() => page.getByTestId('cluster-name').textContent()).toContain('аэрозольный');
    await page.goBack();
    await expect.poll(() => page.getByTestId('region-name').textContent()).toBe(region);
  });

  it('opens a region from its address', async () => {
    await page.goto(server.url + `/regions/${encodeURIComponent('Тульская область')}`);
    await expect.poll(() => page.getByTestId('region-name').textContent()).toBe('Тульская область');
    await expect.poll(() => page.locator('[data-testid="region-clusters"] li[data-cluster="aerosol"]').count()).toBe(1);
    expect(await page.locator('g[data-region="Тульская область"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('compares three demo clusters picked in the registry and with the picker, and exports the CSV', async () => {
    const three = ['aerosol', 'reg-31', 'reg-6'];
    const { clusters } = await api(`/api/compare?clusters=${three.join(',')}`);
    await page.goto(server.url + '/');
    // The ticks survive a new search: pick one cluster, search for the other, pick it too.
    await page.getByTestId('registry-search').fill('аэрозоль');
    await page.getByTestId('compare-aerosol').check();
    await page.getByTestId('registry-search').fill(clusters[1].name);
    await page.getByTestId('compare-reg-31').check();
    await expect.poll(() => page.getByTestId('compare-open').textContent()).toContain('(2)');
    await page.getByTestId('compare-open').click();
    await page.waitForURL('**/compare?clusters=aerosol,reg-31');
    await expect.poll(() => page.locator('[data-testid="compare-table"] thead th[data-cluster]').count()).toBe(2);
    await page.getByTestId('compare-pick').fill(clusters[2].name);
    await page.getByTestId('compare-add').click();
    await page.waitForURL('**/compare?clusters=aerosol,reg-31,reg-6');
    const heads = page.locator('[data-testid="compare-table"] thead th[data-cluster]');
    await expect.poll(() => heads.count()).toBe(3);
    expect(await heads.allTextContents()).toEqual(clusters.map((c: any) => c.name));
    const cells = async (row: string) => page.locator(`[data-testid="compare-table"] tr[data-row="${row}"] td`).allTextContents();
    expect(await cells('participants')).toEqual(clusters.map((c: any) => String(c.participants.total)));
    expect((await cells('level'))[0]).toBe(`${(clusters[0].level * 100).toFixed(1).replace('.', ',')}\u00a0%`);
    const charts = page.locator('[data-testid="compare-charts"] figure');
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('[data-chart="participants"] g').count()).toBe(3);
    await shot('03-compare');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
    const file = path.join(artifacts, 'regions-compare.csv');
    await download.saveAs(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\ufeffПоказатель;')).toBe(true);
    const participants = text.split('\r\n').find((l) => l.startsWith('Участников;'));
    expect(participants).toBe(`Участников;${clusters.map((c: any) => c.participants.total).join(';')}`);
    await page.evaluate(() => sessionStorage.clear());
  });

  it('lists sourcing candidates under a niche; a candidate’s cluster link opens that cluster', async () => {
    const sourcing = await api('/api/clusters/aerosol/sourcing');
    const item = sourcing.items.find((i: any) => i.candidates.some((c: any) => c.clusters.length));
    const candidate = item.candidates.find((c: any) => c.clusters.length);
    const target = candidate.clusters[0];
    const profile = await api(`/api/clusters/${target}`);
    await page.goto(server.url + '/clusters/aerosol');
    await page.getByTestId('tab-niches').click();
    const niche = page.locator(`[data-testid="sourcing"][data-product="${item.product.id}"]`);
    await expect.poll(() => niche.locator('[data-testid="sourcing-candidate"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const row = niche.locator(`[data-testid="sourcing-candidate"][data-org="${candidate.org.id}"]`);
    expect(await row.textContent()).toContain(candidate.org.name);
    expect(await row.locator('[data-testid="same-region"]').count()).toBe(candidate.sameRegion ? 1 : 0);
    await shot('04-sourcing');
    await row.locator(`a[data-cluster="${target}"]`).click();
    await page.waitForURL(`**/clusters/${target}`);
    await expect.poll(() => page.getByTestId('cluster-name').textContent()).toContain(profile.name);
  });

  it('moves the chain to another year with the slider and draws the level over the years', async () => {
    const history = await api('/api/clusters/aerosol/history');
    expect(history.years.length).toBeGreaterThan(1);
    const first = history.years[0];
    await page.goto(server.url + '/clusters/aerosol');
    await page.getByTestId('year-slider').waitFor();
    expect(await page.locator('[data-testid="history-chart"] g[data-year]').count()).toBe(history.years.length);
    const pct = (v: number) => `${(v * 100).toFixed(1).replace('.', ',')}\u00a0%`;
    await page.getByTestId('year-slider').fill('0');
    await expect.poll(() => page.getByTestId('cluster-level').textContent(), { timeout: 30_000 }).toContain(pct(first.level));
    expect(await page.locator('.chain-header').textContent()).toContain(`Отчётный год: ${first.year}`);
    await shot('05-year');
  });

  it('draws the between-clusters graph; a click on a cluster opens it', async () => {
    const graph = await api('/api/intercluster');
    await page.goto(server.url + '/intercluster');
    await expect.poll(() => page.locator('[data-testid="intercluster-table"] tbody tr').count()).toBe(graph.edges.length);
    const at = await page.evaluate((id) => {
      const cy = (window as any).__interclusterCy;
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, graph.nodes[0].data.id);
    await shot('06-intercluster');
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(`**/clusters/${graph.nodes[0].data.id}`);
    expect(errors).toEqual([]);
  });
});
