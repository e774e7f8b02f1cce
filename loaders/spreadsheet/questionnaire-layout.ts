// The SOPK questionnaire, defined once: the template writer and the importer both read this layout,
// so a column added here appears in the form and is understood on the way back.
import { orgKinds } from '../../graph-schema/index.js';

/** Bumped whenever a column changes meaning; the hidden sheet records it so an old form is recognised. */
export const TEMPLATE_VERSION = 1;
export const TEMPLATE_ID = 'sopk-questionnaire';
export const META_SHEET = 'Служебный';
export const LISTS_SHEET = 'Списки';

export type ColumnKind = 'text' | 'inn' | 'money' | 'number' | 'share' | 'year' | 'list';
export type ListName = 'kinds' | 'regions' | 'units' | 'countries' | 'yesNo';

export interface Column {
  key: string;
  header: string;
  note: string;
  kind: ColumnKind;
  list?: ListName;
  width: number;
  /** How a header typed by hand is recognised (lower case, ё as е). */
  match: RegExp;
  /** Only in a table that stands alone (a CSV file); the workbook names the respondent on its own sheet. */
  standalone?: boolean;
}

export interface SheetLayout { kind: 'organization' | 'sales' | 'purchases'; name: string; match: RegExp; columns: Column[] }

const money = (key: string, header: string, note: string, match: RegExp): Column =>
  ({ key, header, note: `${note} В рублях без НДС; если в заголовке указать «тыс. руб.» или «млн руб.», значения столбца читаются в этих единицах.`, kind: 'money', width: 20, match });

// A sales or purchases table in a file of its own (CSV) names the respondent in every row.
const respondentColumns: Column[] = [
  { key: 'respondentName', header: 'Организация (заполняющая анкету)', note: 'Только для таблицы в отдельном файле (CSV): наименование организации, заполняющей анкету.', kind: 'text', width: 30, match: /заполня|респондент|^организация$/, standalone: true },
  { key: 'respondentInn', header: 'ИНН организации', note: 'Только для таблицы в отдельном файле (CSV): ИНН организации, заполняющей анкету.', kind: 'inn', width: 14, match: /инн.*организац|организац.*инн/, standalone: true },
];

export const organizationSheet: SheetLayout = {
  kind: 'organization',
  name: 'Организация',
  match: /организац|предприят|анкета/,
  columns: [
    { key: 'name', header: 'Наименование организации', note: 'Полное или краткое наименование, например ООО «Ромашка».', kind: 'text', width: 36, match: /наименован|название/ },
    { key: 'inn', header: 'ИНН', note: '10 цифр для юридического лица, 12 — для индивидуального предпринимателя.', kind: 'inn', width: 14, match: /^инн/ },
    { key: 'region', header: 'Субъект РФ', note: 'Субъект Российской Федерации, где организация ведёт производство; выберите из списка.', kind: 'list', list: 'regions', width: 30, match: /субъект|регион/ },
    { key: 'kind', header: 'Вид организации', note: 'Выберите из списка: промышленное предприятие, образовательная, научная организация и т. д.', kind: 'list', list: 'kinds', width: 30, match: /вид|тип/ },
    { key: 'priorityTerritory', header: 'Приоритетная территория', note: '«Да», если организация работает на территории с низким уровнем развития, в моногороде или на приоритетной геостратегической территории.', kind: 'list', list: 'yesNo', width: 14, match: /приоритетн|моногород/ },
    { key: 'year', header: 'Год', note: 'Отчётный год, к которому относятся выпуск и закупки; по строке на каждый год.', kind: 'year', width: 8, match: /^(отчетный )?год/ },
    money('output', 'Выпуск продукции, руб.', 'Объём отгруженной продукции собственного производства, выполненных работ и услуг за год.', /выпуск|отгруж|выручк/),
    money('purchases', 'Закупки, руб.', 'Стоимость закупленных сырья, материалов, полуфабрикатов, комплектующих и производственных услуг за год.', /закуп/),
  ],
};

const flowColumns = (who: 'customer' | 'supplier'): Column[] => [
  { key: 'product', header: 'Продукция', note: who === 'customer' ? 'Что организация продаёт этому покупателю.' : 'Что организация покупает.', kind: 'text', width: 32, match: /продукц|товар|наименование продук/ },
  { key: 'okpd2', header: 'Код ОКПД2', note: 'Код продукции по ОКПД2, например 24.42.22 (если известен).', kind: 'text', width: 12, match: /окпд/ },
  money('value', 'Стоимость, руб.', who === 'customer' ? 'Стоимость продаж этому покупателю за год.' : 'Стоимость закупок у этого поставщика за год.', /стоимост|сумм|объем.*руб|руб/),
  { key: 'volume', header: 'Объём', note: 'Объём в натуральном выражении за год, в единицах следующего столбца.', kind: 'number', width: 12, match: /объем|количеств/ },
  { key: 'unit', header: 'Ед. изм.', note: 'Единица измерения объёма; выберите из списка.', kind: 'list', list: 'units', width: 10, match: /ед\.? ?изм|единиц/ },
  { key: 'year', header: 'Год', note: 'Год поставок; пусто — год, указанный на листе «Организация».', kind: 'year', width: 8, match: /^год/ },
];

export const salesSheet: SheetLayout = {
  kind: 'sales',
  name: 'Продажи',
  match: /продаж|сбыт|покупател|поставки/,
  columns: [
    { key: 'counterpartyName', header: 'Покупатель', note: 'Наименование организации-покупателя.', kind: 'text', width: 32, match: /покупател|заказчик|потребител/ },
    { key: 'counterpartyInn', header: 'ИНН покупателя', note: 'ИНН покупателя; без ИНН покупатель ищется по наименованию.', kind: 'inn', width: 14, match: /инн.*(покупател|заказчик|потребител)|(покупател|заказчик|потребител).*инн/ },
    ...flowColumns('customer'),
    ...respondentColumns,
  ],
};

export const purchasesSheet: SheetLayout = {
  kind: 'purchases',
  name: 'Закупки',
  match: /закупк|поставщик/,
  columns: [
    { key: 'counterpartyName', header: 'Поставщик', note: 'Наименование организации-поставщика; для импорта без известного поставщика можно оставить пустым и указать страну.', kind: 'text', width: 32, match: /поставщик|продав/ },
    { key: 'counterpartyInn', header: 'ИНН поставщика', note: 'ИНН российского поставщика.', kind: 'inn', width: 14, match: /инн.*(поставщик|продав)|(поставщик|продав).*инн/ },
    { key: 'country', header: 'Страна поставщика', note: 'Страна поставщика; для российских поставщиков — Россия или пусто. Выберите из списка.', kind: 'list', list: 'countries', width: 18, match: /стран/ },
    ...flowColumns('supplier'),
    { key: 'importShare', header: 'Доля закупок за рубежом', note: 'Какая часть всех закупок этой продукции (у всех поставщиков) приходится на импорт, например 12,5%. Пусто — рассчитывается по странам поставщиков.', kind: 'share', width: 14, match: /доля|импорт/ },
    ...respondentColumns,
  ],
};

export const sheetLayouts: SheetLayout[] = [organizationSheet, salesSheet, purchasesSheet];

/** Russian labels of the closed sets; the data keeps the codes. */
export const kindLabels: Record<(typeof orgKinds)[number], string> = {
  enterprise: 'Промышленное предприятие', education: 'Образовательная организация', research: 'Научная организация',
  infrastructure: 'Объект инфраструктуры', sopk: 'Специализированная организация кластера (СОПК)', other: 'Иная организация',
};

export const unitLabels: Record<string, string> = {
  t: 'т', kg: 'кг', pcs: 'шт.', set: 'компл.', m: 'м', m2: 'м²', m3: 'м³', l: 'л', kWh: 'кВт·ч', Gcal: 'Гкал',
};

/** Countries Russian industry buys from most, and Russia itself; other ISO codes may be typed in. */
export const countryLabels: Record<string, string> = {
  RU: 'Россия', BY: 'Беларусь', KZ: 'Казахстан', AM: 'Армения', KG: 'Киргизия', UZ: 'Узбекистан', AZ: 'Азербайджан',
  CN: 'Китай', IN: 'Индия', TR: 'Турция', IR: 'Иран', AE: 'ОАЭ', KR: 'Республика Корея', JP: 'Япония', VN: 'Вьетнам',
  TH: 'Таиланд', MY: 'Малайзия', ID: 'Индонезия', TW: 'Тайвань', SG: 'Сингапур', DE: 'Германия', IT: 'Италия',
  FR: 'Франция', ES: 'Испания', NL: 'Нидерланды', BE: 'Бельгия', AT: 'Австрия', CH: 'Швейцария', PL: 'Польша',
  CZ: 'Чехия', FI: 'Финляндия', SE: 'Швеция', GB: 'Великобритания', US: 'США', CA: 'Канада', BR: 'Бразилия',
  MX: 'Мексика', EG: 'Египет', ZA: 'ЮАР', RS: 'Сербия',
};

export const yesNo = { yes: 'Да', no: 'Нет' } as const;
