import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { aBreak } from '@/testing/break-fixture';
import { YourBreaks } from './your-breaks';

describe('your breaks', () => {
  it('says whom each break is for, from the break itself (also a relationship that has ended)', () => {
    render(
      <MemoryRouter>
        <YourBreaks
          breaks={[
            aBreak({ id: 'a', status: 'confirmed' }),
            aBreak({ id: 'b', caredForName: 'Kit Sampleford', breakType: 'sittingService', startsOn: '2026-11-27', endsOn: '2026-11-27', sittingMinutes: 90, status: 'completed' }),
          ]}
        />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Your breaks, latest first' });
    expect(within(table).getAllByRole('columnheader')[1]).toHaveTextContent('For');
    const [, bola, kit] = within(table).getAllByRole('row');
    expect(within(bola!).getByRole('cell', { name: 'Bola Sampleford' })).toBeInTheDocument();
    const cancel = within(bola!).getByRole('link', { name: /^Cancel/ });
    expect(cancel).toHaveTextContent('Cancel the short break for Bola Sampleford on 24 to 26 November 2026');
    expect(cancel).toHaveAttribute('href', '/breaks/a/cancel');
    expect(within(kit!).getByRole('cell', { name: 'Kit Sampleford' })).toBeInTheDocument();
    expect(within(kit!).queryByRole('link')).toBeNull();
  });
});
