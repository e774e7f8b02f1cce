// Test and demo helper: a questionnaire filled in the way a person fills the downloaded form — the
// template from questionnaire-template.ts, cells typed into its sheets (text as typed, not numbers).
import type ExcelJS from 'exceljs';
import { organizationSheet, purchasesSheet, salesSheet, type SheetLayout } from './questionnaire-layout.js';
import { buildQuestionnaire } from './questionnaire-template.js';

export type Typed = Record<string, ExcelJS.CellValue>;
export interface Filled { org: Typed[]; sales?: Typed[]; purchases?: Typed[] }

function fill(ws: ExcelJS.Worksheet, layout: SheetLayout, rows: Typed[]): void {
  const columns = layout.columns.filter((c) => !c.standalone);
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const col = columns.findIndex((c) => c.key === key);
      if (col < 0) throw new Error(`no column "${key}" on sheet ${layout.name}`);
      ws.getCell(i + 2, col + 1).value = value;
    }
  });
}

/** The form of `cluster` with the given rows typed in, as the bytes of an .xlsx file. */
export async function filledQuestionnaire(cluster: { id: string; name: string }, year: number, filled: Filled): Promise<Buffer> {
  const wb = buildQuestionnaire({ cluster, year });
  // the empty form carries the year on its first organization row; typed rows replace it
  wb.getWorksheet(organizationSheet.name)!.getRow(2).values = [];
  fill(wb.getWorksheet(organizationSheet.name)!, organizationSheet, filled.org);
  fill(wb.getWorksheet(salesSheet.name)!, salesSheet, filled.sales ?? []);
  fill(wb.getWorksheet(purchasesSheet.name)!, purchasesSheet, filled.purchases ?? []);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The aerosol demo: a wave I answer of a can maker naming an aluminium supplier and an import. */
export const sampleAnswer = (inn: string): Filled => ({
  org: [
    { name: 'ООО «Аэробол»', inn, region: 'Тульская область', kind: 'Промышленное предприятие', priorityTerritory: 'Нет', year: 2024, output: '2 400 000 000', purchases: '1 600 000 000' },
  ],
  sales: [
    { counterpartyName: 'АО «Арнест»', product: 'Аэрозольный баллон', okpd2: '25.92.12', value: '1 234 567,89', volume: '12 000 000', unit: 'шт.', year: 2024 },
  ],
  purchases: [
    { counterpartyName: 'ООО "Алюмар"', product: 'Алюминиевые рондоли', okpd2: '24.42.22', value: '150\u00a0000\u00a0000', volume: 500, unit: 'т', year: 2024 },
    { country: 'Китай', product: 'Алюминиевые рондоли', value: '750 000 000', volume: 3000, unit: 'т', year: 2024 },
  ],
});
