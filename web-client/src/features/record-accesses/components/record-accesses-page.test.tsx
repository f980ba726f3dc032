import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { RecordAccess } from '../api/list-my-record-accesses';
import { RecordAccessesPage } from './record-accesses-page';

const duty: RecordAccess = {
  at: '2026-11-30T22:15:00Z',
  organisation: 'Luton Council — emergency duty team',
  role: 'Emergency duty officer',
  what: 'your emergency card and plans',
  reason: 'duty',
  why: 'Emergency duty: helping in an emergency',
  outcome: 'success',
};

const refused: RecordAccess = {
  at: '2026-11-29T09:00:00Z',
  organisation: 'Carers Central',
  role: 'Partner organisation',
  what: 'your record',
  why: 'Support they give you, with your consent',
  outcome: 'forbidden',
};

function renderPage(items: RecordAccess[], pageNumber = 1, onNext?: () => void, onPrevious?: () => void) {
  render(
    <MemoryRouter>
      <RecordAccessesPage items={items} pageNumber={pageNumber} onNext={onNext} onPrevious={onPrevious} />
    </MemoryRouter>,
  );
}

describe('who has seen your record', () => {
  it('shows each access with the team, what, why and the result, in plain words', () => {
    renderPage([duty, refused]);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Luton Council — emergency duty team');
    expect(rows[1]).toHaveTextContent('Emergency duty officer');
    expect(rows[1]).toHaveTextContent('Your emergency card and plans');
    expect(rows[1]).toHaveTextContent('Emergency duty: helping in an emergency');
    expect(rows[1]).toHaveTextContent('Allowed');
    expect(rows[2]).toHaveTextContent('Carers Central');
    expect(rows[2]).toHaveTextContent('Stopped');
    expect(document.title).toMatch(/^Who has seen your record/);
  });

  it('says so when nobody else has looked', () => {
    renderPage([]);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Nobody else has looked at your record yet.')).toBeInTheDocument();
  });

  it('never names staff, and tells the carer who can', () => {
    renderPage([duty]);
    expect(screen.getByText(/We do not show the names of staff/)).toBeInTheDocument();
  });

  it('pages on and back', async () => {
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    renderPage([duty], 2, onNext, onPrevious);
    expect(screen.getByRole('table')).toHaveTextContent('page 2');
    await userEvent.click(screen.getByRole('link', { name: /Next/ }));
    await userEvent.click(screen.getByRole('link', { name: /Previous/ }));
    expect(onNext).toHaveBeenCalledOnce();
    expect(onPrevious).toHaveBeenCalledOnce();
  });
});
