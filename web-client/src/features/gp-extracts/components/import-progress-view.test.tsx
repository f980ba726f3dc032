import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { GpExtractImport } from '@/lib/api/types';
import { ImportProgressView } from './import-progress-view';

function status(overrides: Partial<GpExtractImport>): GpExtractImport {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    odsCode: 'A81001',
    status: 'importing',
    totalRows: 5000,
    processedRows: 1200,
    acceptedRows: 1150,
    rejectedRows: 50,
    uploadedAt: '2026-11-22T13:32:00Z',
    finishedAt: null,
    failureReason: null,
    errors: [],
    ...overrides,
  };
}

function renderView(value: GpExtractImport) {
  render(
    <MemoryRouter>
      <ImportProgressView status={value} />
    </MemoryRouter>,
  );
}

describe('ImportProgressView', () => {
  it('says why an import failed', () => {
    renderView(status({ status: 'failed', finishedAt: '2026-11-22T13:40:00Z', failureReason: 'CsvHelperException' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The GP extract could not be imported');
    expect(screen.getByText('Why it failed')).toBeInTheDocument();
    expect(screen.getByText('CsvHelperException')).toBeInTheDocument();
  });

  it('shows a labelled progress bar and a polite status while importing, and no report yet', () => {
    renderView(status({}));
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('value', '24');
    expect(bar).toHaveAttribute('max', '100');
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('Imported 1,200 of 5,000 rows');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Importing the GP extract');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('leaves the bar indeterminate until the number of rows is known', () => {
    renderView(status({ status: 'queued', totalRows: 0, processedRows: 0 }));
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Waiting to start the import');
  });

  it('reports the counts and each refused row once complete', () => {
    renderView(
      status({
        status: 'completed',
        totalRows: 5,
        processedRows: 5,
        acceptedRows: 2,
        rejectedRows: 3,
        finishedAt: '2026-11-22T13:32:30Z',
        errors: [
          { row: 4, message: 'The NHS number is not valid.' },
          { row: 5, message: '229774002 is a paid caregiver.' },
        ],
      }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('GP extract imported');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', '100');
    const table = screen.getByRole('table', { name: 'Rows refused' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('4The NHS number is not valid.');
    // Three refused, two listed: the report says the rest are not shown.
    expect(screen.getByText(/1 more row was refused/)).toBeInTheDocument();
  });
});
