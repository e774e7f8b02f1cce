// Opening an uploaded .xlsx safely: size, zip-bomb and row limits are checked before and while
// exceljs reads it, so a hostile or broken file is refused with a message, never a crash or a hang.
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';

export interface WorkbookLimits { maxBytes: number; maxUncompressedBytes: number; maxRowsPerSheet: number; maxFiles: number }

export const defaultLimits: WorkbookLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRowsPerSheet: 50_000,
  maxFiles: 20,
};

/** A file refused before it is read: 413 when too big, 400 when it is not a workbook. */
export class SpreadsheetRefused extends Error {
  constructor(readonly status: 400 | 413, message: string) {
    super(message);
    this.name = 'SpreadsheetRefused';
  }
}

/** One problem at one cell, as Excel names it (`Поставки!D12`). */
export interface CellProblem { file: string; sheet: string; cell: string; value: unknown; message: string; path?: string }

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `Поставки!D12`; a sheet name with spaces or punctuation is quoted the way Excel writes it: `'Мой лист'!A1`. */
export function cellAddress(sheet: string, row: number, col: number): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(col)}${row}`;
}

const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KB` : `${n} bytes`);

export async function readWorkbook(data: Buffer, file: string, limits: Partial<WorkbookLimits> = {}): Promise<ExcelJS.Workbook> {
  const lim = { ...defaultLimits, ...limits };
  if (data.length > lim.maxBytes) throw new SpreadsheetRefused(413, `${file}: the file is ${mb(data.length)}, larger than the limit of ${mb(lim.maxBytes)}`);
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    throw new SpreadsheetRefused(400, `${file}: not an .xlsx workbook (an .xlsx file is a zip archive; save the file as "Книга Excel (.xlsx)")`);
  }
  checkZip(data, file, lim.maxUncompressedBytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new SpreadsheetRefused(400, `${file}: not a readable .xlsx workbook (${(e as Error).message})`);
  }
  for (const ws of wb.worksheets) {
    if (ws.rowCount > lim.maxRowsPerSheet) {
      throw new SpreadsheetRefused(413, `${file}: sheet "${ws.name}" has ${ws.rowCount} rows; at most ${lim.maxRowsPerSheet} rows per sheet are read`);
    }
  }
  return wb;
}

interface ZipEntry { name: string; method: number; compressedSize: number; size: number; localOffset: number }

/**
 * The zip's central directory declares every entry's uncompressed size; their sum is checked against
 * the limit, then each entry is inflated with that size as a hard cap, so an entry that lies about
 * its size cannot balloon in memory when exceljs (through jszip) inflates it afterwards.
 */
function checkZip(data: Buffer, file: string, maxUncompressed: number): void {
  const refuse = (status: 400 | 413, why: string) => new SpreadsheetRefused(status, `${file}: ${why}`);
  const entries = centralDirectory(data, () => refuse(400, 'a damaged .xlsx workbook (its zip directory cannot be read)'));
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > maxUncompressed) {
    throw refuse(413, `the workbook unpacks to ${mb(total)}, more than the limit of ${mb(maxUncompressed)}`);
  }
  for (const e of entries) {
    if (e.localOffset + 30 > data.length || data.readUInt32LE(e.localOffset) !== 0x04034b50) throw refuse(400, `a damaged .xlsx workbook (entry ${e.name})`);
    const start = e.localOffset + 30 + data.readUInt16LE(e.localOffset + 26) + data.readUInt16LE(e.localOffset + 28);
    const body = data.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      if (body.length !== e.size) throw refuse(400, `a damaged .xlsx workbook (entry ${e.name})`);
      continue;
    }
    if (e.method !== 8) throw refuse(400, `entry ${e.name} uses an unsupported zip compression (${e.method})`);
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(body, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw refuse(413, `entry ${e.name} unpacks to more than the ${e.size} bytes it declares (a zip bomb?)`);
      }
      throw refuse(400, `a damaged .xlsx workbook (entry ${e.name}: ${(err as Error).message})`);
    }
    if (out.length !== e.size) throw refuse(400, `a damaged .xlsx workbook (entry ${e.name} is ${out.length} bytes, declares ${e.size})`);
  }
}

function centralDirectory(data: Buffer, damaged: () => Error): ZipEntry[] {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw damaged();
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // ZIP64: the real figures are in the zip64 end-of-directory record the locator points to
    const loc = eocd - 20;
    if (loc < 0 || data.readUInt32LE(loc) !== 0x07064b50) throw damaged();
    const z = Number(data.readBigUInt64LE(loc + 8));
    if (z + 56 > data.length || data.readUInt32LE(z) !== 0x06064b50) throw damaged();
    count = Number(data.readBigUInt64LE(z + 32));
    offset = Number(data.readBigUInt64LE(z + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) throw damaged();
    const nameLen = data.readUInt16LE(p + 28), extraLen = data.readUInt16LE(p + 30), commentLen = data.readUInt16LE(p + 32);
    const e: ZipEntry = {
      name: data.toString('utf8', p + 46, p + 46 + nameLen),
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
    };
    readZip64Extra(data, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Sizes of 0xFFFFFFFF live in the zip64 extra field, in a fixed order, only those that overflowed. */
function readZip64Extra(data: Buffer, start: number, len: number, e: ZipEntry): void {
  for (let q = start; q + 4 <= start + len;) {
    const id = data.readUInt16LE(q), size = data.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let f = q + 4;
      const next = () => { const v = Number(data.readBigUInt64LE(f)); f += 8; return v; };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    q += 4 + size;
  }
}
