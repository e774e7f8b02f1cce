// GET /api/clusters/:id/survey/wave2.xlsx: the wave II list as a Russian workbook for the mailing —
// one row per organization, ranked as the API ranks it, ₽ as numbers with a rouble format.
import ExcelJS from 'exceljs';
import type { SurveyAnswer } from './schema.js';

const as = { supplier: 'поставщик', customer: 'потребитель' } as const;
const rub = '#,##0.00 "₽"';

const columns: { header: string; key: string; width: number; numFmt?: string }[] = [
  { header: '№', key: 'rank', width: 5 },
  { header: 'Организация', key: 'name', width: 40 },
  { header: 'ИНН', key: 'inn', width: 14 },
  { header: 'Регион', key: 'region', width: 26 },
  { header: 'Страна', key: 'country', width: 8 },
  { header: 'Кто назвал', key: 'namedBy', width: 50 },
  { header: 'В качестве', key: 'as', width: 24 },
  { header: 'Объём названных поставок, ₽', key: 'value', width: 22, numFmt: rub },
  { header: 'Анкета II волны', key: 'surveyed', width: 18 },
];

export async function waveTwoWorkbook(answer: SurveyAnswer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cluster-chain-explorer';
  const ws = wb.addWorksheet('II волна', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(({ header, key, width }) => ({ header, key, width }));
  answer.waveTwo.forEach((x, i) => {
    ws.addRow({
      rank: i + 1,
      name: x.org.name,
      inn: x.org.inn ?? '',
      region: x.org.region ?? '',
      country: x.org.country,
      // Each naming with its own ₽, so the letter can say who named the organization and for how much.
      namedBy: x.namedBy.map((n) => `${n.org.name} (${as[n.as]}, ${formatRub(n.value)})`).join('; '),
      as: [...new Set(x.namedBy.map((n) => as[n.as]))].join(', '),
      value: x.value,
      surveyed: x.surveyed ? 'направлена' : '',
    });
  });
  columns.forEach((c, i) => { if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt; });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** ₽ in Russian notation for text cells: `1 234 567,89 ₽`. */
function formatRub(value: number): string {
  return `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(value).replace(/\u00a0/g, ' ')} ₽`;
}
