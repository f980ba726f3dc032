import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lts003Report } from '../returns';
import { Lts003Table } from './lts003-table';

const empty = { directPayment: 0, commissionedSupport: 0, informationAndAdviceOnly: 0, total: 0 };

function report(overrides: Partial<Lts003Report>): Lts003Report {
  return {
    financialYear: 2025,
    financialYearLabel: '2025/26',
    from: '2025-04-01',
    to: '2026-03-31',
    rows: [
      { ageBand: 'age18To64', caredForMainNeed: 'physicalSupport', ...empty },
      { ageBand: 'age65To74', caredForMainNeed: 'supportWithMemoryAndCognition', directPayment: 2, commissionedSupport: 1, informationAndAdviceOnly: 0, total: 3 },
    ],
    directPayment: 2,
    commissionedSupport: 1,
    informationAndAdviceOnly: 0,
    total: 3,
    ...overrides,
  };
}

describe('Lts003Table', () => {
  it('names the table, shows the rows with carers and the totals, and leaves out empty rows', () => {
    render(<Lts003Table report={report({})} />);
    const table = screen.getByRole('table', { name: /Carers supported in 2025\/26/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('65 to 74');
    expect(rows[1]).toHaveTextContent('Support with memory and cognition');
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('All carers');
    expect(within(rows[2]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '1', '0', '3']);
    expect(screen.queryByText('Physical support')).not.toBeInTheDocument();
  });

  it('says so when nobody was supported', () => {
    render(<Lts003Table report={report({ rows: [{ ageBand: 'age18To64', caredForMainNeed: 'physicalSupport', ...empty }], ...empty })} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No carers were supported in 2025/26.')).toBeInTheDocument();
  });
});
