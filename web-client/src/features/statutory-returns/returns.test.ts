import { describe, expect, it } from 'vitest';
import { cldFallbackName, parseQuarter, rowsWithCarers, yearLabel, yearOptions, type Lts003Report } from './returns';

describe('yearOptions', () => {
  it('starts at this financial year, which begins in April', () => {
    expect(yearOptions(new Date(2027, 2, 31), 2)).toEqual([
      { value: '2026', label: '2026/27 (April 2026 to March 2027)' },
      { value: '2025', label: '2025/26 (April 2025 to March 2026)' },
    ]);
    expect(yearOptions(new Date(2027, 3, 1), 1)[0]?.value).toBe('2027');
  });

  it('never offers a year before 2000', () => {
    expect(yearOptions(new Date(2001, 5, 1), 5).map((o) => o.value)).toEqual(['2001', '2000']);
  });
});

describe('parseQuarter', () => {
  it('reads 1 to 4 and treats anything else as the whole year', () => {
    expect(parseQuarter('3')).toBe(3);
    expect(parseQuarter('')).toBeUndefined();
    expect(parseQuarter('5')).toBeUndefined();
  });
});

describe('file names and labels', () => {
  it('names the CLD file by year and quarter', () => {
    expect(cldFallbackName(2026, 1)).toBe('client-level-data-carers-2026-27-q1.csv');
    expect(cldFallbackName(1999, undefined)).toBe('client-level-data-carers-1999-00.csv');
    expect(yearLabel(2009)).toBe('2009/10');
  });
});

describe('rowsWithCarers', () => {
  it('keeps only the rows with someone in them', () => {
    const report: Lts003Report = {
      financialYear: 2026,
      financialYearLabel: '2026/27',
      from: '2026-04-01',
      to: '2027-03-31',
      directPayment: 1,
      commissionedSupport: 0,
      informationAndAdviceOnly: 0,
      total: 1,
      rows: [
        { ageBand: 'age18To64', caredForMainNeed: 'physicalSupport', directPayment: 0, commissionedSupport: 0, informationAndAdviceOnly: 0, total: 0 },
        { ageBand: 'age65To74', caredForMainNeed: 'mentalHealthSupport', directPayment: 1, commissionedSupport: 0, informationAndAdviceOnly: 0, total: 1 },
      ],
    };
    expect(rowsWithCarers(report).map((r) => r.ageBand)).toEqual(['age65To74']);
  });
});
