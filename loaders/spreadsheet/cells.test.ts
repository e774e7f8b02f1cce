import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue, headerScale, parseNumber, parseShare } from './cells.js';
import { cellAddress } from './workbook.js';

describe('numbers as Russian spreadsheets hold them', () => {
  it.each([
    ['1 234 567,89', 1234567.89],
    ['1\u00a0234\u00a0567,89', 1234567.89], // no-break space, Excel's own group separator
    ['1\u2009234\u2009567,89', 1234567.89], // thin space
    ['1\u202f234\u202f567,89', 1234567.89], // narrow no-break space (LibreOffice)
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['\u2212 5 000', -5000], // the typographic minus
    ['12,5', 12.5],
    ['1,5E+06', 1500000],
    ['150 000 руб.', 150000],
    ['2 400 ₽', 2400],
    [1234.5, 1234.5],
  ])('%j → %d', (raw, expected) => { expect(parseNumber(raw)).toBe(expected); });

  it('scales a column headed in thousands or millions, without float noise', () => {
    expect(parseNumber('1 234,56', 1e3)).toBe(1234560);
    expect(parseNumber(0.1, 1e6)).toBe(100000);
    expect(parseNumber('2,5', 1e6)).toBe(2500000);
  });

  it('an empty cell is null; text or a percent in an amount is an error saying what was expected', () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('много')).toEqual({ error: 'expected a number, e.g. 1 234 567,89' });
    expect(parseNumber('1,2,3.4,5')).toEqual({ error: 'expected a number, e.g. 1 234 567,89' });
    expect(parseNumber('12%')).toEqual({ error: 'a percent where an amount is expected' });
  });
});

describe('shares', () => {
  it.each([
    ['12,5%', 0.125], ['90 %', 0.9], ['90\u00a0%', 0.9], [0.125, 0.125], ['0,125', 0.125], ['100%', 1], [0, 0],
  ])('%j → %d', (raw, expected) => { expect(parseShare(raw)).toBe(expected); });

  it('a bare number above 1 is refused rather than guessed to be a percent', () => {
    expect(parseShare(90)).toEqual({ error: '90 is not a share between 0 and 1: write 90% or 0.9' });
    expect(parseShare('150%')).toEqual({ error: 'expected a share between 0% and 100%' });
    expect(parseShare('половина')).toEqual({ error: 'expected a share, e.g. 12,5% or 0,125' });
  });
});

describe('headers and cells', () => {
  it('a header states the unit of its column', () => {
    expect(headerScale('Стоимость, руб.')).toBe(1);
    expect(headerScale('Стоимость, тыс. руб.')).toBe(1e3);
    expect(headerScale('Выпуск (тыс.руб.)')).toBe(1e3);
    expect(headerScale('Закупки, млн руб.')).toBe(1e6);
    expect(headerScale('Выручка, млрд ₽')).toBe(1e9);
  });

  it('reads the cached result of a formula, rich text, hyperlinks and error values', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    ws.getCell('A1').value = { formula: 'B1*2', result: 2500 };
    ws.getCell('A2').value = { richText: [{ text: 'ООО ' }, { text: '«Ромашка»', font: { bold: true } }] };
    ws.getCell('A3').value = { text: 'АО «Арнест»', hyperlink: 'https://arnest.ru' };
    ws.getCell('A4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('A5').value = '   ';
    expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((a) => cellValue(ws.getCell(a)))).toEqual([2500, 'ООО «Ромашка»', 'АО «Арнест»', '#DIV/0!', null, null]);
  });

  it('names a cell as Excel shows it, quoting sheet names with spaces', () => {
    expect(cellAddress('Поставки', 12, 4)).toBe('Поставки!D12');
    expect(cellAddress('Мой лист', 1, 28)).toBe("'Мой лист'!AB1");
    expect(cellAddress("О'Нил", 3, 1)).toBe("'О''Нил'!A3");
  });
});
