import type { components } from '@/lib/api/schema';

export type Lts003Report = components['schemas']['Lts003Report'];
export type Lts003Row = components['schemas']['Lts003Row'];
export type Lts003AgeBand = components['schemas']['Lts003AgeBand'];
export type Lts003Need = components['schemas']['Lts003Need'];

/** The API's range of financial years. */
export const firstYear = 2000;
export const lastYear = 2099;

/** 2026 as "2026/27". */
export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The financial year a day falls in, by its start (April). */
export function financialYearOf(day: Date): number {
  return day.getMonth() >= 3 ? day.getFullYear() : day.getFullYear() - 1;
}

/** This financial year and the ones before it, newest first, as options for a select. */
export function yearOptions(today: Date, count = 8): { value: string; label: string }[] {
  const current = financialYearOf(today);
  return Array.from({ length: count }, (_, i) => current - i)
    .filter((year) => year >= firstYear)
    .map((year) => ({ value: String(year), label: `${yearLabel(year)} (April ${year} to March ${year + 1})` }));
}

export const quarterOptions = [
  { value: '', label: 'The whole year' },
  { value: '1', label: 'Quarter 1 (April to June)' },
  { value: '2', label: 'Quarter 2 (July to September)' },
  { value: '3', label: 'Quarter 3 (October to December)' },
  { value: '4', label: 'Quarter 4 (January to March)' },
];

/** The quarter chosen, or undefined for the whole year; anything else is not a quarter. */
export function parseQuarter(value: string): 1 | 2 | 3 | 4 | undefined {
  return value === '1' || value === '2' || value === '3' || value === '4' ? (Number(value) as 1 | 2 | 3 | 4) : undefined;
}

/** The file name to use if the server's answer names none. */
export function cldFallbackName(year: number, quarter: number | undefined): string {
  const label = yearLabel(year).replace('/', '-');
  return `client-level-data-carers-${label}${quarter ? `-q${quarter}` : ''}.csv`;
}

export const ageBandLabels: Record<Lts003AgeBand, string> = {
  age18To64: '18 to 64',
  age65To74: '65 to 74',
  age75To84: '75 to 84',
  age85To94: '85 to 94',
  age95AndOver: '95 and over',
};

export const needLabels: Record<Lts003Need, string> = {
  physicalSupport: 'Physical support',
  sensorySupport: 'Sensory support',
  supportWithMemoryAndCognition: 'Support with memory and cognition',
  learningDisabilitySupport: 'Learning disability support',
  mentalHealthSupport: 'Mental health support',
  socialSupport: 'Social support',
  noneRecorded: 'Not recorded',
};

/** The rows worth a line on the page: those with at least one carer (the CSV keeps every row, zeros included). */
export function rowsWithCarers(report: Lts003Report): Lts003Row[] {
  return report.rows.filter((row) => row.total > 0);
}
