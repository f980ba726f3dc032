import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { HistoricImportStatus } from '@/lib/api/types';
import { HistoricImportView } from './historic-import-view';

function status(overrides: Partial<HistoricImportStatus>): HistoricImportStatus {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    status: 'validating',
    totalRows: 3000,
    validatedRows: 1200,
    importedRows: 0,
    problemRows: 0,
    carersCreated: 0,
    carersMatched: 0,
    carersAlreadyImported: 0,
    matchesQueued: 0,
    eventsCreated: 0,
    eventsAlreadyPresent: 0,
    uploadedAt: '2026-12-02T02:00:00Z',
    finishedAt: null,
    failureReason: null,
    problems: [],
    ...overrides,
  };
}

function renderView(value: HistoricImportStatus) {
  render(
    <MemoryRouter>
      <HistoricImportView status={value} />
    </MemoryRouter>,
  );
}

describe('HistoricImportView', () => {
  it('shows a labelled progress bar and a polite status while checking the rows', () => {
    renderView(status({}));
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', '20');
    expect(screen.getByRole('status')).toHaveTextContent('Validated 1,200 of 3,000 rows');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Importing historic records');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists the counts once complete', () => {
    renderView(status({ status: 'completed', validatedRows: 3000, importedRows: 3000, carersCreated: 1260, eventsCreated: 3000, finishedAt: '2026-12-02T02:01:00Z' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Historic records imported');
    expect(screen.getByText('New carers').nextElementSibling).toHaveTextContent('1,260 carers');
    expect(screen.getByRole('link', { name: 'See the reports' })).toBeInTheDocument();
  });

  it('summarises a refused file and lists each problem by row and column', () => {
    renderView(
      status({
        status: 'refused',
        problemRows: 3,
        finishedAt: '2026-12-02T02:01:00Z',
        problems: [
          { row: 4, field: 'NHS_Number', message: 'Not a valid NHS number' },
          { row: 9, field: 'Event_End_Date', message: 'The event ends before it starts' },
        ],
      }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The file was not imported');
    expect(screen.getByRole('link', { name: '3 rows have problems: nothing was imported' })).toHaveAttribute('href', '#problems');
    const rows = within(screen.getByRole('table', { name: 'Problems to correct' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('4NHS_NumberNot a valid NHS number');
    expect(screen.getByText(/1 more row has problems not listed here/)).toBeInTheDocument();
  });
});
