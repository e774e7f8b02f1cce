// The server explains unknowns and failures in English (api/dependency, api/compliance). This is the
// one place that renders those explanations in the interface language; an explanation it does not
// know is shown as the server wrote it.
import type { Lang } from './format.js';

type Rule = [RegExp, (m: RegExpMatchArray) => string];

const figure: Record<string, string> = { purchases: 'закупках', output: 'выпуске', 'purchases or output': 'закупках и выпуске' };
const zeroFigure: Record<string, string> = { purchases: 'закупки', output: 'выпуск', 'purchases and output': 'закупки и выпуск' };

const ru: Rule[] = [
  [/^no (purchases or output|purchases|output) reported for (\d+)$/, (m) => `нет данных о ${figure[m[1]!]} за ${m[2]} г.`],
  [/^(purchases and output|purchases|output) reported as zero$/, (m) => `${zeroFigure[m[1]!]} указаны как ноль`],
  [/^no data for any year$/, () => 'нет данных ни за один год'],
  [/^no financials or supplies reported for this cluster$/, () => 'по кластеру нет ни финансовых данных, ни поставок'],
  [/^the cluster has no participants$/, () => 'в кластере нет участников'],
  [/^no purchases reported for (\d+) by: (.+)$/, (m) => `нет данных о закупках за ${m[1]} г. у: ${m[2]}`],
  [/^participants report zero purchases for (\d+)$/, (m) => `участники указали нулевые закупки за ${m[1]} г.`],
  [/^more than (\d+) potential participants with an agreement: only the first \d+ by id are exempt$/, (m) => `потенциальных участников с соглашением больше ${m[1]}: освобождаются только первые ${m[1]}`],
  [/^more than (\d+) potential participants$/, (m) => `сверх допустимых ${m[1]} потенциальных участников`],
  [/^no signed agreement to reach 5%$/, () => 'нет подписанного соглашения о достижении 5 %'],
  [/^no supply to or from another participant in (\d+)$/, (m) => `нет поставок другим участникам и от них в ${m[1]} г.`],
  [/^not stated in the data$/, () => 'в данных не указано'],
  [/^the data lists no participants$/, () => 'в данных нет участников'],
  [/^level unknown$/, () => 'уровень не определён'],
];

/** One explanation in the interface language; parts joined by "; " are rendered one by one. */
export function explain(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.split('; ').map((part) => {
    for (const [pattern, render] of ru) {
      const m = part.match(pattern);
      if (m) return render(m);
    }
    return part;
  }).join('; ');
}
