import { officeToday } from '../../i18n/format';

export type PeriodKind = 'thang' | 'quy' | 'nam' | 'khac';

/** A reporting period as the URL keeps it (?ky=quy&nam=2024&quy=1), and the dates it covers. */
export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–4, for a quarter. */
  quarter: number;
  /** 1–12, for a month. */
  month: number;
  /** yyyy-mm-dd, for a chosen range. */
  from: string;
  to: string;
}

export const PERIOD_KINDS: { value: PeriodKind; label: string }[] = [
  { value: 'thang', label: 'Tháng' },
  { value: 'quy', label: 'Quý' },
  { value: 'nam', label: 'Năm' },
  { value: 'khac', label: 'Tùy chọn' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const within = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** From the URL; anything missing or malformed falls back to this year, this quarter, this month. */
export function periodFromSearch(search: URLSearchParams, today = officeToday()): Period {
  const [thisYear, thisMonth] = today.split('-').map(Number) as [number, number];
  const kind = (['thang', 'quy', 'nam', 'khac'] as const).find((k) => k === search.get('ky')) ?? 'nam';
  const year = Number(search.get('nam'));
  const quarter = Number(search.get('quy'));
  const month = Number(search.get('thang'));
  const date = /^\d{4}-\d{2}-\d{2}$/;
  return {
    kind,
    year: within(year, 2000, 2100) ? year : thisYear,
    quarter: within(quarter, 1, 4) ? quarter : Math.ceil(thisMonth / 3),
    month: within(month, 1, 12) ? month : thisMonth,
    from: date.test(search.get('tu') ?? '') ? search.get('tu')! : `${thisYear}-01-01`,
    to: date.test(search.get('den') ?? '') ? search.get('den')! : today,
  };
}

export function periodToSearch(period: Period): URLSearchParams {
  const search = new URLSearchParams({ ky: period.kind });
  if (period.kind === 'khac') {
    search.set('tu', period.from);
    search.set('den', period.to);
    return search;
  }
  search.set('nam', String(period.year));
  if (period.kind === 'quy') search.set('quy', String(period.quarter));
  if (period.kind === 'thang') search.set('thang', String(period.month));
  return search;
}

/** The first and last day the period covers (both inclusive, as the report takes them). */
export function periodRange(period: Period): { from: string; to: string } {
  const { year } = period;
  switch (period.kind) {
    case 'thang':
      return { from: `${year}-${pad(period.month)}-01`, to: `${year}-${pad(period.month)}-${pad(lastDay(year, period.month))}` };
    case 'quy': {
      const first = (period.quarter - 1) * 3 + 1;
      return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}` };
    }
    case 'nam':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'khac':
      return { from: period.from, to: period.to };
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "năm 2024", "quý I năm 2024", "tháng 3 năm 2024", "từ 01/01/2024 đến 30/06/2024". */
export function periodName(period: Period, formatDate: (date: string) => string): string {
  switch (period.kind) {
    case 'thang':
      return `tháng ${period.month} năm ${period.year}`;
    case 'quy':
      return `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`;
    case 'nam':
      return `năm ${period.year}`;
    case 'khac':
      return `từ ${formatDate(period.from)} đến ${formatDate(period.to)}`;
  }
}

export { ROMAN };
