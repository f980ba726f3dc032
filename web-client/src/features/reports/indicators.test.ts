import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorSet } from './api/get-performance-indicators';
import {
  byGroup,
  formatIndicator,
  formatValue,
  grantPotsChart,
  headlines,
  identificationChart,
  selectableYears,
  yearFromQuery,
  yearInWords,
} from './indicators';

function indicator(values: Partial<Indicator> & Pick<Indicator, 'id' | 'group' | 'unit'>): Indicator {
  return { title: values.id, definition: 'What it counts.', parts: [], value: null, numerator: null, denominator: null, ...values };
}

function set(year: number, indicators: Indicator[]): IndicatorSet {
  return { year, label: `${year}/${(year + 1) % 100}`, from: `${year}-04-01`, to: `${year + 1}-03-31`, generatedAt: '2026-12-01T00:00:00Z', indicators };
}

const sources = [
  { key: 'self', label: 'Registered themselves', value: 300, numerator: null, denominator: null },
  { key: 'gpFlag', label: 'GP flag', value: 960, numerator: null, denominator: null },
  { key: 'imported', label: 'Imported from the old case system', value: null, numerator: null, denominator: null },
];

const year2025 = set(2025, [
  indicator({ id: 'carersIdentified', group: 'identification', unit: 'count', title: 'Carers identified in the year', value: 1260, parts: sources }),
  indicator({ id: 'adultCarersAssessed', group: 'assessments', unit: 'percentage', title: 'Adult carers assessed', value: 54.8, numerator: 690, denominator: 1260 }),
  indicator({ id: 'grantsAwarded', group: 'grants', unit: 'count', value: 416 }),
  indicator({ id: 'grantBudget', group: 'grants', unit: 'pounds', value: 125000, parts: [
    { key: 'adults', label: 'Adults’ pot', value: 100000, numerator: null, denominator: null },
    { key: 'children', label: 'Children’s pot', value: 25000, numerator: null, denominator: null },
  ] }),
  indicator({ id: 'grantSpend', group: 'grants', unit: 'pounds', value: 2500.5, parts: [
    { key: 'adults', label: 'Adults’ pot', value: 2500.5, numerator: null, denominator: null },
  ] }),
  indicator({ id: 'grantSpendAgainstBudget', group: 'grants', unit: 'percentage', value: 2, numerator: 2500.5, denominator: 125000 }),
  indicator({ id: 'qualityOfLife', group: 'feedback', unit: 'score', value: 7.8, numerator: 78, denominator: 10 }),
]);

describe('financial years', () => {
  it('are written "2025 to 2026"', () => {
    expect(yearInWords(2025)).toBe('2025 to 2026');
  });

  it('offer this year and the five before, and fall back to this year for anything else in the address', () => {
    expect(selectableYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearFromQuery('2025', 2026)).toBe(2025);
    expect(yearFromQuery('2027', 2026)).toBe(2026);
    expect(yearFromQuery('nonsense', 2026)).toBe(2026);
    expect(yearFromQuery(null, 2026)).toBe(2026);
  });
});

describe('formatting', () => {
  it('writes each unit in words and figures, and "Not available" for no value', () => {
    expect(formatValue(1260, 'count')).toBe('1,260');
    expect(formatValue(54.8, 'percentage')).toBe('54.8%');
    expect(formatValue(2500.5, 'pounds')).toBe('£2,500.50');
    expect(formatValue(1, 'days')).toBe('1 day');
    expect(formatValue(2.5, 'hours')).toBe('2.5 hours');
    expect(formatValue(7.8, 'score')).toBe('7.8 out of 12');
    expect(formatValue(0.7, 'ratio')).toBe('0.70');
    expect(formatValue(null, 'count')).toBe('Not available');
  });

  it('writes a rate as "690 of 1,260" with its percentage, and spend against budget in pounds', () => {
    expect(formatIndicator(year2025.indicators[1])).toBe('690 of 1,260 (54.8%)');
    expect(formatIndicator(year2025.indicators[5])).toBe('£2,500.50 of £125,000 (2%)');
    expect(formatIndicator(indicator({ id: 'x', group: 'feedback', unit: 'percentage', numerator: 0, denominator: 0 }))).toBe('0 of 0');
  });
});

describe('headlines and charts', () => {
  it('put the previous year beside each headline figure', () => {
    const rows = headlines(year2025, undefined);
    expect(rows.map((row) => row.thisYear)).toEqual(['1,260', '690 of 1,260 (54.8%)', '416', '£2,500.50 of £125,000 (2%)', '7.8 out of 12']);
    expect(rows.every((row) => row.previousYear === 'Not available')).toBe(true);
    expect(headlines(year2025, year2025)[0]?.previousYear).toBe('1,260');
  });

  it('chart identification by the sources held, with a one-line summary', () => {
    const chart = identificationChart(year2025);
    expect(chart.labels).toEqual(['Registered themselves', 'GP flag']);
    expect(chart.series[0]?.values).toEqual([300, 960]);
    expect(chart.summary).toBe('1,260 carers were identified in 2025 to 2026; the largest source was GP flag (960).');
  });

  it('chart each pot’s budget beside what was paid from it', () => {
    const chart = grantPotsChart(year2025);
    expect(chart.labels).toEqual(['Adults’ pot', 'Children’s pot']);
    expect(chart.series).toEqual([
      { label: 'Budget', values: [100000, 25000] },
      { label: 'Paid', values: [2500.5, 0] },
    ]);
    expect(chart.summary).toBe('£2,500.50 was paid in grants in 2025 to 2026 against a budget of £125,000.');
    expect(grantPotsChart(set(2012, [])).summary).toBe('No grant budget was set for 2012 to 2013.');
  });

  it('group the indicators in the report’s order, leaving out empty groups', () => {
    expect(byGroup(year2025).map((group) => group.group)).toEqual(['identification', 'assessments', 'grants', 'feedback']);
  });
});
