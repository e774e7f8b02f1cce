// The explorer end to end in Chromium, against the real server with the demo data: registry,
// search, the aerosol chain, its compliance, a scenario that fixes the failing participant,
// PNG export and the language switch. Screenshots of each step go to test/artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, closeSession, hasChromium, openSession, type Browser, type RunningServer } from './support.js';

if (!hasChromium) console.warn('test/browser/explorer.test.ts: /usr/bin/chromium is missing — browser tests skipped (install it with `apt-get install -y chromium`).');

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let failingRequirement = '';
  const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `explorer-${name}.png`) });
  const api = async (p: string) => (await fetch(server.url + p)).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    ({ server, browser, page } = await openSession());
  }, 180_000);

  afterAll(() => closeSession({ server, browser }), 30_000);

  it('opens the registry and finds the aerosol cluster as you type', async () => {
    const { total } = await api('/api/clusters?limit=1');
    await page.goto(server.url + '/');
    await expect.poll(() => page.getByTestId('registry-total').textContent()).toMatch(new RegExp(`\\b${total}$`));
    await shot('01-registry');
    await page.getByTestId('registry-search').fill('аэрозоль');
    await page.locator('tr[data-cluster="aerosol"]').waitFor();
    const rows = page.locator('[data-testid="registry-table"] tbody tr');
    await expect.poll(async () => (await rows.allTextContents()).every((text) => /аэрозол/i.test(text))).toBe(true);
    await expect.poll(() => page.locator('tr[data-cluster="aerosol"] .badge').getAttribute('data-status')).toBe('fail');
    expect(page.url()).toContain('q=');
    await shot('02-registry-search');
  });

  it('opens the chain with one node per participant, outside group and unmet (customer, product)', async () => {
    await page.locator('tr[data-cluster="aerosol"] a').click();
    await page.waitForURL('**/clusters/aerosol');
    const counts = page.getByTestId('chain-counts');
    await expect.poll(() => counts.getAttribute('data-participants')).not.toBeNull();
    const chain = await api('/api/clusters/aerosol/chain');
    const gaps = await api('/api/clusters/aerosol/gaps');
    const participants = new Set(chain.nodes.filter((n: any) => n.data.type === 'participant').map((n: any) => n.data.id)); // eslint-disable-line @typescript-eslint/no-explicit-any
    const gapNodes = gaps.unmetNeeds.flatMap((n: any) => n.customers.filter((c: any) => c.unmet > 0 && participants.has(c.id))).length; // eslint-disable-line @typescript-eslint/no-explicit-any
    // The chain is drawn as soon as it and the levels are in; gap nodes join when the gaps answer lands.
    const drawn = () => page.evaluate(() => {
      const cy = (window as unknown as { __cy: { nodes(): { filter(f: (n: { data(k: string): string }) => boolean): { length: number } } } }).__cy;
      return cy.nodes().filter((n) => n.data('type') !== 'header').length;
    });
    expect(gapNodes).toBeGreaterThan(0);
    await expect.poll(drawn, { timeout: 30_000 }).toBe(chain.nodes.length + gapNodes);
    expect(Number(await counts.getAttribute('data-gaps'))).toBe(gapNodes);
    expect(Number(await counts.getAttribute('data-participants'))).toBe(participants.size);
    await expect.poll(() => page.getByTestId('illustrative').first().isVisible()).toBe(true);
    await shot('03-chain');
  });

  it('shows Полимерторг failing the 5% requirement in the compliance panel', async () => {
    await page.getByTestId('tab-compliance').click();
    const failing = page.locator('[data-testid^="requirement-"][data-status="fail"]', { hasText: 'Полимерторг' });
    await failing.first().waitFor();
    failingRequirement = (await failing.first().getAttribute('data-testid'))!;
    expect(failingRequirement).toBeTruthy();
    await shot('04-compliance');
  });

  it('runs a scenario adding a 50 000 000 ₽ flow, after which every participant passes', async () => {
    await page.getByTestId('tab-scenario').click();
    await page.getByTestId('scenario-toggle').check();
    await page.getByTestId('flow-from').selectOption('polimertorg');
    await page.getByTestId('flow-to').selectOption('aerozol-novomoskovsk');
    await page.getByTestId('flow-value').fill('50 000 000');
    await page.getByTestId('flow-add').click();
    await page.getByTestId('scenario-banner').waitFor();
    await expect.poll(() => page.getByTestId('scenario-busy').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="scenario-pending"] li').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cy: { getElementById(id: string): { data(k: string): string } } }).__cy.getElementById('polimertorg').data('category'))).not.toBe('low');
    await shot('05-scenario');
    await page.getByTestId('tab-compliance').click();
    const requirement = page.getByTestId(failingRequirement);
    await expect.poll(() => requirement.getAttribute('data-status')).toBe('pass');
    expect(await requirement.textContent()).not.toContain('Полимерторг');
    await shot('06-scenario-compliance');
  });

  it('exports the chain as a PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const file = path.join(artifacts, 'explorer-export.png');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('switches to English and remembers it', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('tab-compliance').textContent()).toBe('Compliance');
    expect(await page.getByTestId('legend').textContent()).toContain('Participant dependency level');
    expect(await page.getByTestId('compliance-summary').textContent()).toMatch(/^Pass: /);
    await shot('07-english');
    await page.reload();
    await expect.poll(() => page.getByTestId('tab-details').textContent()).toBe('Details');
  });
});
