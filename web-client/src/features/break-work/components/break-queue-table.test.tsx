import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { aBreak } from '@/testing/break-fixture';
import { BreakQueueTable } from './break-queue-table';
import { BreakWorkPage } from './break-work-page';

describe('the staff break queue', () => {
  it('names the carer (linking to their record) and the person cared for, emergencies first with a red tag', () => {
    const breaks = [
      aBreak({ id: 'e', emergency: true, carerId: 'c-alex', carerName: 'Alex Other', caredForName: 'Sam Other', startsOn: '2026-11-22', endsOn: '2026-11-22' }),
      aBreak(),
    ];
    render(
      <MemoryRouter>
        <BreakQueueTable breaks={breaks} caption="Requested (2)" />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Requested (2)' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Break', 'Carer', 'Cared for', 'When', 'Provider', 'Asked on']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Emergency');
    expect(within(first!).getByText('Emergency')).toHaveClass('govuk-tag--red');
    expect(within(first!).getByRole('link', { name: 'Alex Other' })).toHaveAttribute('href', '/carers/c-alex');
    expect(first).toHaveTextContent('Sam Other');
    expect(second).not.toHaveTextContent('Emergency');
    expect(within(second!).getByRole('link', { name: 'Sam Sampleford' })).toHaveAttribute('href', '/carers/22222222-2222-4222-8222-222222222222');
    expect(within(second!).getByRole('cell', { name: 'Bola Sampleford' })).toBeInTheDocument();
    expect(within(second!).getByRole('link', { name: /^Short break with Alder Centre, 24 to 26 November 2026, for Sam Sampleford$/ })).toBeInTheDocument();
  });

  it('says whom one break is for on its page', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <BreakWorkPage initial={aBreak({ emergency: true })} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Short break with Alder Centre');
    const carer = screen.getByText('Carer').closest('.govuk-summary-list__row') as HTMLElement;
    expect(within(carer).getByRole('link', { name: 'Sam Sampleford' })).toHaveAttribute('href', '/carers/22222222-2222-4222-8222-222222222222');
    const caredFor = screen.getByText('Cared for').closest('.govuk-summary-list__row') as HTMLElement;
    expect(caredFor).toHaveTextContent('Bola Sampleford');
    expect(screen.getByText('Emergency')).toHaveClass('govuk-tag--red');
  });
});
