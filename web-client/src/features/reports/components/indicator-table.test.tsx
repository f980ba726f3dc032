import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorSet } from '../api/get-performance-indicators';
import { IndicatorTable } from './indicator-table';

const identified: Indicator = {
  id: 'carersIdentified',
  group: 'identification',
  title: 'Carers identified in the year',
  unit: 'count',
  value: 1260,
  numerator: null,
  denominator: null,
  definition: 'Carer records whose first identification date falls in the year.',
  parts: [
    { key: 'gpFlag', label: 'GP flag', value: 960, numerator: null, denominator: null },
    { key: 'imported', label: 'Imported from the old case system', value: null, numerator: null, denominator: null },
  ],
};

const lastYear: IndicatorSet = {
  year: 2024,
  label: '2024/25',
  from: '2024-04-01',
  to: '2025-03-31',
  generatedAt: '2026-12-01T00:00:00Z',
  indicators: [{ ...identified, value: 1100, parts: [{ ...identified.parts[0]!, value: 800 }, identified.parts[1]!] }],
};

describe('IndicatorTable', () => {
  it('shows each figure beside the previous year, its breakdown below and its definition in "What this counts"', () => {
    render(<IndicatorTable heading="Identifying carers" indicators={[identified]} year={2025} previous={lastYear} />);

    const table = screen.getByRole('table', { name: 'Identifying carers' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Indicator', '2025 to 2026', '2024 to 2025']);
    const row = within(table).getByRole('row', { name: /Carers identified in the year/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1,260', '1,100']);
    expect(within(table).getByRole('row', { name: /GP flag/ })).toHaveTextContent('GP flag960800');
    expect(within(table).getByRole('row', { name: /Imported/ })).toHaveTextContent('Not availableNot available');
    expect(screen.getByText('What this counts')).toBeInTheDocument();
    expect(screen.getByText('Carer records whose first identification date falls in the year.')).toBeInTheDocument();
  });

  it('says the previous year is not available when it could not be read', () => {
    render(<IndicatorTable heading="Identifying carers" indicators={[identified]} year={2025} previous={undefined} />);
    const row = screen.getByRole('row', { name: /Carers identified in the year/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1,260', 'Not available']);
  });
});
