// Writes the SOPK questionnaire workbook (in Russian) from the layout: frozen headers with a note on
// every column, drop-down lists for closed sets, ₽ formats, a hidden sheet with the template version.
import ExcelJS from 'exceljs';
import { subjects } from '../../graph-schema/index.js';
import {
  countryLabels, kindLabels, LISTS_SHEET, META_SHEET, organizationSheet, purchasesSheet, salesSheet, TEMPLATE_ID,
  TEMPLATE_VERSION, unitLabels, yesNo, type Column, type ListName, type SheetLayout,
} from './questionnaire-layout.js';
import { columnLetters } from './workbook.js';

export interface PrefillOrg {
  id: string; name: string; inn?: string | null; region?: string | null; kind?: string | null; priorityTerritory?: boolean | null;
  financials: { year: number; output?: number | null; purchases?: number | null }[];
}
export interface PrefillFlow {
  counterpartyName?: string | null; counterpartyInn?: string | null; country?: string[] | null; product?: string | null;
  okpd2?: string | null; value?: number | null; volume?: number | null; unit?: string | null; year?: number | null; importShare?: number | null;
}
export interface QuestionnaireInput {
  cluster: { id: string; name: string };
  year: number;
  org?: PrefillOrg;
  sales?: PrefillFlow[];
  purchases?: PrefillFlow[];
}

/** Rows that carry drop-downs and formats in an empty form. */
export const TEMPLATE_ROWS = 500;

const lists: Record<ListName, string[]> = {
  kinds: Object.values(kindLabels),
  regions: [...subjects],
  units: Object.values(unitLabels),
  countries: Object.values(countryLabels),
  yesNo: [yesNo.yes, yesNo.no],
};
const listOrder: ListName[] = ['kinds', 'regions', 'units', 'countries', 'yesNo'];
const listRange = (name: ListName) => {
  const col = columnLetters(listOrder.indexOf(name) + 1);
  return `${LISTS_SHEET}!$${col}$2:$${col}$${lists[name].length + 1}`;
};

const numFmt: Partial<Record<Column['kind'], string>> = {
  money: '#,##0.00\\ "₽"', number: '#,##0.###', share: '0.0%', year: '0', inn: '@',
};

function addTableSheet(wb: ExcelJS.Workbook, layout: SheetLayout, rows: Record<string, unknown>[], title: string): void {
  const columns = layout.columns.filter((c) => !c.standalone);
  const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, style: numFmt[c.kind] ? { numFmt: numFmt[c.kind] } : {} }));
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.note = c.note;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  header.height = 32;
  rows.forEach((r) => ws.addRow(r));
  const last = Math.max(TEMPLATE_ROWS, rows.length + 100);
  // exceljs writes a range key as one <dataValidation sqref>, not one per cell
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  columns.forEach((c, i) => {
    const range = `${columnLetters(i + 1)}2:${columnLetters(i + 1)}${last}`;
    if (c.kind === 'list' && c.list) {
      // countries and units outside the list may be typed: a warning, not a refusal
      const strict = c.list === 'kinds' || c.list === 'yesNo' || c.list === 'regions';
      validations.add(range, {
        type: 'list', allowBlank: true, formulae: [listRange(c.list)], showErrorMessage: true,
        errorStyle: strict ? 'stop' : 'warning', errorTitle: c.header, error: strict ? 'Выберите значение из списка.' : 'Значения нет в списке; проверьте его.',
      });
    } else if (c.kind === 'share') {
      validations.add(range, { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 1], showErrorMessage: true, errorTitle: c.header, error: 'Доля от 0% до 100%.' });
    } else if (c.kind === 'money' || c.kind === 'number') {
      validations.add(range, { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: c.header, error: 'Введите неотрицательное число.' });
    }
  });
  ws.headerFooter.oddHeader = title;
}

function addListsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const titles: Record<ListName, string> = { kinds: 'Вид организации', regions: 'Субъект РФ', units: 'Ед. изм.', countries: 'Страна', yesNo: 'Да/Нет' };
  listOrder.forEach((name, i) => {
    ws.getCell(1, i + 1).value = titles[name];
    lists[name].forEach((v, j) => { ws.getCell(j + 2, i + 1).value = v; });
  });
}

function addMetaSheet(wb: ExcelJS.Workbook, input: QuestionnaireInput): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: [string, string | number][] = [
    ['template', TEMPLATE_ID], ['version', TEMPLATE_VERSION], ['cluster', input.cluster.id], ['org', input.org?.id ?? ''], ['year', input.year],
  ];
  rows.forEach(([k, v], i) => { ws.getCell(i + 1, 1).value = k; ws.getCell(i + 1, 2).value = v; });
}

const label = (labels: Record<string, string>, code: string | null | undefined) => (code ? labels[code] ?? code : null);

function orgRows(org: PrefillOrg | undefined, year: number): Record<string, unknown>[] {
  if (!org) return [{ year }];
  const common = {
    name: org.name, inn: org.inn ?? null, region: org.region ?? null, kind: label(kindLabels as Record<string, string>, org.kind),
    priorityTerritory: org.priorityTerritory === true ? yesNo.yes : org.priorityTerritory === false ? yesNo.no : null,
  };
  const years = org.financials.length ? [...org.financials].sort((a, b) => a.year - b.year) : [{ year, output: null, purchases: null }];
  // the organization's own fields on the first row only: later rows are further years
  return years.map((f, i) => ({ ...(i === 0 ? common : {}), year: f.year, output: f.output ?? null, purchases: f.purchases ?? null }));
}

function flowRow(f: PrefillFlow): Record<string, unknown> {
  return {
    counterpartyName: f.counterpartyName ?? null, counterpartyInn: f.counterpartyInn ?? null,
    country: f.country?.length ? f.country.map((c) => countryLabels[c] ?? c).join(', ') : null,
    product: f.product ?? null, okpd2: f.okpd2 ?? null, value: f.value ?? null, volume: f.volume ?? null,
    unit: label(unitLabels, f.unit), year: f.year ?? null, importShare: f.importShare ?? null,
  };
}

export function buildQuestionnaire(input: QuestionnaireInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cluster-chain-explorer';
  wb.title = `Анкета участника кластера «${input.cluster.name}»`;
  const title = `Анкета: ${input.cluster.name}${input.org ? ` — ${input.org.name}` : ''}`;
  addTableSheet(wb, organizationSheet, orgRows(input.org, input.year), title);
  addTableSheet(wb, salesSheet, (input.sales ?? []).map(flowRow), title);
  addTableSheet(wb, purchasesSheet, (input.purchases ?? []).map(flowRow), title);
  addListsSheet(wb);
  addMetaSheet(wb, input);
  return wb;
}

export async function questionnaireBuffer(input: QuestionnaireInput): Promise<Buffer> {
  return Buffer.from(await buildQuestionnaire(input).xlsx.writeBuffer());
}
