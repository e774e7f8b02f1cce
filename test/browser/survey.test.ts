// The SOPK survey workflow in Chromium, as a new user meets it, against the real server with the
// demo data: download a participant's questionnaire from the participants panel, fill it in (with
// exceljs), upload it with a mistake, see the error pointing at its cell, fix it, check, upload, and
// see the chain grow and the named supplier appear in the wave II list. Screenshots go to test/artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, closeSession, hasChromium, openSession, type Browser, type RunningServer } from './support.js';

if (!hasChromium) console.warn('test/browser/survey.test.ts: /usr/bin/chromium is missing — browser tests skipped (install it with `apt-get install -y chromium`).');

const CLUSTER = 'aerosol';
const RESPONDENT = 'polimertorg';
const SUPPLIER = 'Anadolu Ambalaj Sanayi';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Countries the questionnaire's list names in Russian; the test picks one the chain has no outside group for.
const COUNTRIES: Array<[string, string]> = [['VN', 'Вьетнам'], ['IN', 'Индия'], ['BR', 'Бразилия'], ['MY', 'Малайзия'], ['EG', 'Египет']];

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The header row of a sheet (the first row naming `marker`) and its columns by header text. */
function headerOf(ws: ExcelJS.Worksheet, marker: RegExp): { row: number; col: (header: RegExp) => number } {
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) {
    const texts = new Map<number, string>();
    ws.getRow(r).eachCell((cell, c) => texts.set(c, String(cell.text ?? '').toLowerCase()));
    if (![...texts.values()].some((x) => marker.test(x))) continue;
    return {
      row: r,
      col: (header) => {
        const hit = [...texts.entries()].find(([, x]) => header.test(x));
        if (!hit) throw new Error(`sheet "${ws.name}": no column ${header} in row ${r}`);
        return hit[0];
      },
    };
  }
  throw new Error(`sheet "${ws.name}": no header row with ${marker}`);
}

/** The first row under the header whose cells are all empty. */
function firstEmptyRow(ws: ExcelJS.Worksheet, header: number): number {
  for (let r = header + 1; ; r++) {
    let empty = true;
    ws.getRow(r).eachCell((cell) => { if (cell.text !== '' && cell.text !== undefined) empty = false; });
    if (empty) return r;
  }
}

/** The template with one purchase filled in: a foreign supplier, `value` as typed (a mistake or not). */
async function filled(template: Buffer, country: string, value: string | number, year: number): Promise<{ buffer: Buffer; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets.find((w) => /закупк/i.test(w.name));
  if (!ws) throw new Error(`the template has no purchases sheet: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const head = headerOf(ws, /^поставщик/);
  const r = firstEmptyRow(ws, head.row);
  const row = ws.getRow(r);
  row.getCell(head.col(/^поставщик/)).value = SUPPLIER;
  row.getCell(head.col(/стран/)).value = country;
  row.getCell(head.col(/^продукц/)).value = 'Аэрозольный баллон алюминиевый';
  const valueCol = head.col(/стоимост/);
  row.getCell(valueCol).value = value;
  row.getCell(head.col(/^год/)).value = year;
  row.commit();
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), cell: `${ws.name}!${ws.getColumn(valueCol).letter}${r}` };
}

describe.skipIf(!hasChromium)('the survey workflow in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let template: Buffer;
  let country: [string, string];
  let year: number;
  let nodesBefore = 0;
  const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `survey-${name}.png`), fullPage: true });
  const api = async (p: string): Promise<Json> => (await fetch(server.url + p)).json();
  const drawnNodes = () => page.evaluate(() => {
    const cy = (window as unknown as { __cy?: { nodes(): { filter(f: (n: { data(k: string): string }) => boolean): { length: number } } } }).__cy;
    return cy ? cy.nodes().filter((n) => n.data('type') === 'participant' || n.data('type') === 'outside').length : -1;
  });

  beforeAll(async () => {
    ({ server, browser, page } = await openSession());
    const chain = await api(`/api/clusters/${CLUSTER}/chain`);
    const present = new Set(chain.nodes.filter((n: Json) => n.data.type === 'outside').map((n: Json) => n.data.country));
    country = COUNTRIES.find(([code]) => !present.has(code))!;
    year = (await api(`/api/clusters/${CLUSTER}/dependency`)).cluster.year;
    nodesBefore = chain.nodes.length;
  }, 180_000);

  afterAll(() => closeSession({ server, browser }), 30_000);

  it('shows the survey panel with wave progress and the workflow links', async () => {
    await page.goto(`${server.url}/clusters/${CLUSTER}`);
    await expect.poll(drawnNodes, { timeout: 30_000 }).toBe(nodesBefore);
    await page.getByTestId('tab-survey').click();
    const survey = await api(`/api/clusters/${CLUSTER}/survey`);
    await expect.poll(() => page.getByTestId('survey-wave-1').getAttribute('data-total')).toBe(String(survey.waves['1'].total));
    expect(await page.getByTestId('survey-wave-2').getAttribute('data-received')).toBe(String(survey.waves['2'].received));
    expect(await page.getByTestId('survey-wave2-xlsx').getAttribute('href')).toBe(`/api/clusters/${CLUSTER}/survey/wave2.xlsx`);
    expect(await page.locator(`[data-testid="wave2-table"] tr[data-org]`).count()).toBe(survey.waveTwo.length);
    await shot('01-panel-before');
  });

  it('downloads a participant’s questionnaire from the participants panel', async () => {
    await page.getByTestId('tab-participants').click();
    const link = page.locator(`tr[data-participant="${RESPONDENT}"] [data-testid="questionnaire-link"]`);
    expect(await link.getAttribute('href')).toBe(`/api/clusters/${CLUSTER}/questionnaire.xlsx?org=${RESPONDENT}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = path.join(artifacts, 'survey-questionnaire.xlsx');
    await download.saveAs(file);
    template = fs.readFileSync(file);
    expect(template.subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip
    expect(page.url()).toBe(`${server.url}/clusters/${CLUSTER}`); // the click did not open the participant instead
  });

  it('points at the cell of a mistake, writes nothing, and uploads once the cell is fixed', async () => {
    const wrong = await filled(template, country[1], 'двести миллионов', year);
    await page.getByTestId('tab-survey').click();
    await page.getByTestId('survey-upload').click();
    await page.waitForURL(`**/clusters/${CLUSTER}/upload`);
    await page.getByTestId('upload-input').setInputFiles([{ name: 'анкета.xlsx', mimeType: XLSX, buffer: wrong.buffer }]);
    await page.locator('[data-testid="upload-files"] li[data-file="анкета.xlsx"]').waitFor();
    expect(await page.getByTestId('upload-submit').isDisabled()).toBe(true); // check first
    await page.getByTestId('upload-check').click();
    const errorRow = page.locator(`[data-testid="errors-table"] tr[data-cell="${wrong.cell}"]`);
    await errorRow.waitFor();
    expect(await errorRow.textContent()).toContain('двести миллионов');
    expect(await page.getByTestId('upload-submit').isDisabled()).toBe(true);
    await shot('02-upload-errors');

    // The corrected file, dragged onto the drop zone under the same name, replaces the wrong one.
    const right = await filled(template, country[1], 200_000_000, year);
    await page.evaluate(({ name, b64 }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
      document.querySelector('[data-testid="upload-dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { name: 'анкета.xlsx', b64: right.buffer.toString('base64') });
    await page.locator('[data-testid="upload-errors"]').waitFor({ state: 'detached' }); // a new file forgets the old check
    expect(await page.locator('[data-testid="upload-files"] li').count()).toBe(1);
    await page.getByTestId('upload-check').click();
    await page.getByTestId('upload-preview').waitFor();
    expect(await page.locator('[data-testid="preview-counts"] li[data-kind="supplies"]').textContent()).toMatch(/создано: 1/);
    // A dry run writes nothing.
    expect((await api(`/api/clusters/${CLUSTER}/chain`)).nodes.length).toBe(nodesBefore);
    await shot('03-upload-preview');
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('upload-done').waitFor();
    expect(await page.locator('[data-testid="done-counts"] li[data-kind="supplies"]').textContent()).toMatch(/создано: 1/);
    await shot('04-upload-done');
  });

  it('shows the chain grown by the new country and the supplier in the wave II list', async () => {
    await page.getByTestId('upload-to-chain').click();
    await page.waitForURL(`**/clusters/${CLUSTER}`);
    await expect.poll(drawnNodes, { timeout: 30_000 }).toBe(nodesBefore + 1);
    expect(await page.evaluate((id) => (window as unknown as { __cy: { getElementById(x: string): { length: number } } }).__cy.getElementById(id).length, `outside:${country[0]}`)).toBe(1);
    // The details of a selected participant offer its questionnaire too.
    await page.getByTestId('chain-search').fill('Полимерторг');
    await page.getByTestId('chain-search').press('Enter');
    expect(await page.getByTestId('details-questionnaire').getAttribute('href')).toBe(`/api/clusters/${CLUSTER}/questionnaire.xlsx?org=${RESPONDENT}`);
    await page.getByTestId('tab-survey').click();
    const row = page.locator('[data-testid="wave2-table"] tbody tr', { hasText: SUPPLIER });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/как поставщика/);
    const survey = await api(`/api/clusters/${CLUSTER}/survey`);
    const named = survey.waveTwo.find((e: Json) => e.org.name === SUPPLIER);
    expect(named.namedBy.map((n: Json) => [n.org.id, n.as])).toEqual([[RESPONDENT, 'supplier']]);
    expect(await row.getAttribute('data-org')).toBe(named.org.id);
    expect(Number(await page.getByTestId('survey-wave-1').getAttribute('data-received'))).toBe(survey.waves['1'].received);
    await shot('05-panel-after');
  });
});
