import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook, SpreadsheetRefused } from './workbook.js';

async function workbook(rows = 3): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Продажи');
  for (let i = 1; i <= rows; i++) ws.getCell(i, 1).value = `строка ${i} ${'x'.repeat(50)}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(SpreadsheetRefused);
  return { status: (e as SpreadsheetRefused).status, message: (e as Error).message };
}

/** Rewrites the uncompressed size every zip record declares for `entry` (central directory and local header). */
function declareSize(zip: Buffer, entry: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = 0; p < out.length - 4; p++) {
    const sig = out.readUInt32LE(p);
    if (sig === 0x02014b50 && out.toString('utf8', p + 46, p + 46 + out.readUInt16LE(p + 28)) === entry) out.writeUInt32LE(size, p + 24);
    if (sig === 0x04034b50 && out.toString('utf8', p + 30, p + 30 + out.readUInt16LE(p + 26)) === entry) out.writeUInt32LE(size, p + 22);
  }
  return out;
}

describe('readWorkbook guards', () => {
  it('reads a workbook within the limits', async () => {
    const wb = await readWorkbook(await workbook(), 'a.xlsx');
    expect(wb.getWorksheet('Продажи')!.getCell('A2').value).toMatch(/^строка 2/);
  });

  it('400 for a file that is not a workbook, or a damaged zip', async () => {
    expect(await refusal(readWorkbook(Buffer.from('name;inn\n'), 'a.xlsx'))).toMatchObject({ status: 400, message: expect.stringMatching(/^a\.xlsx: not an \.xlsx workbook/) });
    const cut = (await workbook()).subarray(0, 200);
    expect(await refusal(readWorkbook(cut, 'b.xlsx'))).toMatchObject({ status: 400, message: expect.stringMatching(/damaged/) });
  });

  it('413 for a file over the byte limit', async () => {
    expect(await refusal(readWorkbook(await workbook(), 'a.xlsx', { maxBytes: 1000 }))).toMatchObject({ status: 413, message: expect.stringMatching(/larger than the limit of 1000 bytes/) });
  });

  it('413 when the zip declares more unpacked bytes than allowed (a zip bomb), before anything is inflated', async () => {
    const r = await refusal(readWorkbook(await workbook(2000), 'bomb.xlsx', { maxUncompressedBytes: 50_000 }));
    expect(r).toMatchObject({ status: 413, message: expect.stringMatching(/unpacks to .* more than the limit of 49 KB/) });
  });

  it('413 when an entry inflates to more than it declares', async () => {
    const liar = declareSize(await workbook(2000), 'xl/worksheets/sheet1.xml', 1000);
    expect(await refusal(readWorkbook(liar, 'liar.xlsx'))).toMatchObject({ status: 413, message: expect.stringMatching(/sheet1\.xml unpacks to more than the 1000 bytes it declares/) });
  });

  it('413 for a sheet with more rows than allowed', async () => {
    expect(await refusal(readWorkbook(await workbook(120), 'a.xlsx', { maxRowsPerSheet: 100 }))).toMatchObject({ status: 413, message: 'a.xlsx: sheet "Продажи" has 120 rows; at most 100 rows per sheet are read' });
  });
});
