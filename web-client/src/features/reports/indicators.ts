import { formatPence } from '@/lib/money';
import type { Indicator, IndicatorGroup, IndicatorSet, IndicatorUnit } from './api/get-performance-indicators';

/** "2025 to 2026", as GOV.UK writes a financial year. */
export function yearInWords(year: number): string {
  return `${year} to ${year + 1}`;
}

/** The years a manager may choose: this one and the five before it, newest first. */
export function selectableYears(current: number): number[] {
  return Array.from({ length: 6 }, (_, i) => current - i);
}

/** The year in the address (?year=), or this year when it is missing or not one of the choices. */
export function yearFromQuery(value: string | null, current: number): number {
  const year = Number(value);
  return Number.isInteger(year) && selectableYears(current).includes(year) ? year : current;
}

export const groupHeadings: Record<IndicatorGroup, string> = {
  identification: 'Identifying carers',
  assessments: 'Carers’ assessments and reviews',
  grants: 'Grants',
  breaks: 'Breaks',
  equality: 'Equality of take-up',
  youngCarers: 'Young carers, older carers, working carers and emergency plans',
  feedback: 'Survey, complaints and information',
  partners: 'Partner activity',
};

export const groupOrder: IndicatorGroup[] = ['identification', 'assessments', 'grants', 'breaks', 'equality', 'youngCarers', 'feedback', 'partners'];

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const pounds = { format: (value: number) => formatPence(Math.round(value * 100)) };

/** A value in words and figures for its unit; "Not available" when the API has none. */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return 'Not available';
  switch (unit) {
    case 'percentage':
      return `${whole.format(value)}%`;
    case 'pounds':
      return pounds.format(value);
    case 'days':
      return `${whole.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return `${whole.format(value)} ${value === 1 ? 'hour' : 'hours'}`;
    case 'score':
      return `${whole.format(value)} out of 12`;
    case 'ratio':
      return value.toFixed(2);
    default:
      return whole.format(value);
  }
}

/** "690 of 1,260 (54.8%)" for a rate; the value alone for anything else. */
export function formatIndicator(indicator: Indicator | undefined): string {
  if (!indicator) return 'Not available';
  const { numerator, denominator, unit, value } = indicator;
  if (unit === 'percentage' && numerator !== null && numerator !== undefined && denominator !== null && denominator !== undefined) {
    const fraction = indicator.group === 'grants' && indicator.id === 'grantSpendAgainstBudget'
      ? `${pounds.format(numerator)} of ${pounds.format(denominator)}`
      : `${whole.format(numerator)} of ${whole.format(denominator)}`;
    return value === null || value === undefined ? fraction : `${fraction} (${formatValue(value, unit)})`;
  }
  return formatValue(value, unit);
}

export function findIndicator(set: IndicatorSet | undefined, id: string): Indicator | undefined {
  return set?.indicators.find((indicator) => indicator.id === id);
}

/** The headline figures, each with this year's and the previous year's figure. */
export const headlineIds = ['carersIdentified', 'adultCarersAssessed', 'grantsAwarded', 'grantSpendAgainstBudget', 'qualityOfLife'] as const;

export type Headline = { id: string; title: string; thisYear: string; previousYear: string };

export function headlines(current: IndicatorSet, previous: IndicatorSet | undefined): Headline[] {
  return headlineIds.map((id) => {
    const indicator = findIndicator(current, id);
    return {
      id,
      title: indicator?.title ?? id,
      thisYear: formatIndicator(indicator),
      previousYear: previous ? formatIndicator(findIndicator(previous, id)) : 'Not available',
    };
  });
}

export type ChartSeries = { label: string; values: number[] };
export type ChartData = { labels: string[]; series: ChartSeries[]; summary: string };

/** Identification by source: one bar a source with data held (every source is held now that the historic import counts). */
export function identificationChart(set: IndicatorSet): ChartData {
  const indicator = findIndicator(set, 'carersIdentified');
  const parts = (indicator?.parts ?? []).filter((part) => part.value !== null && part.value !== undefined);
  const values = parts.map((part) => part.value ?? 0);
  const top = parts.reduce<(typeof parts)[number] | undefined>((best, part) => ((part.value ?? 0) > (best?.value ?? -1) ? part : best), undefined);
  const total = indicator?.value ?? 0;
  const summary =
    total === 0 || !top
      ? `No carers were identified in ${yearInWords(set.year)}.`
      : `${whole.format(total)} carers were identified in ${yearInWords(set.year)}; the largest source was ${top.label} (${whole.format(top.value ?? 0)}).`;
  return { labels: parts.map((part) => part.label), series: [{ label: 'Carers identified', values }], summary };
}

/** Grants by pot: the budget and what was paid from it. */
export function grantPotsChart(set: IndicatorSet): ChartData {
  const budget = findIndicator(set, 'grantBudget');
  const spend = findIndicator(set, 'grantSpend');
  const labels = (budget?.parts ?? []).map((part) => part.label);
  const budgets = (budget?.parts ?? []).map((part) => part.value ?? 0);
  const paid = (budget?.parts ?? []).map((part) => spend?.parts.find((p) => p.key === part.key)?.value ?? 0);
  const totalBudget = budget?.value ?? 0;
  const summary =
    totalBudget === 0
      ? `No grant budget was set for ${yearInWords(set.year)}.`
      : `${pounds.format(spend?.value ?? 0)} was paid in grants in ${yearInWords(set.year)} against a budget of ${pounds.format(totalBudget)}.`;
  return { labels, series: [{ label: 'Budget', values: budgets }, { label: 'Paid', values: paid }], summary };
}

/** The indicators of each group, in the order the report shows them. */
export function byGroup(set: IndicatorSet): { group: IndicatorGroup; heading: string; indicators: Indicator[] }[] {
  return groupOrder
    .map((group) => ({ group, heading: groupHeadings[group], indicators: set.indicators.filter((indicator) => indicator.group === group) }))
    .filter((entry) => entry.indicators.length > 0);
}
