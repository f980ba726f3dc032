import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildCalendar, slotValue } from '../availability';
import { AvailabilityCalendar } from './availability-calendar';

const days = [
  { providerId: 'a', providerName: 'Alder Centre', date: '2026-11-23', placesLeft: 3 },
  { providerId: 'a', providerName: 'Alder Centre', date: '2026-11-24', placesLeft: 0 },
  { providerId: 'b', providerName: 'Beech House', date: '2026-11-24', placesLeft: 1 },
];

function Calendar() {
  const [value, setValue] = useState('');
  return (
    <>
      <AvailabilityCalendar weeks={buildCalendar(days, '2026-11-23', 7, '2026-11-23')} what="short breaks" value={value} onChange={setValue} name="slot" />
      <output>{value}</output>
    </>
  );
}

describe('the availability calendar', () => {
  it('is a table with a caption, a column per day and a row per provider, in words not colour', () => {
    render(<Calendar />);
    const table = screen.getByRole('table', { name: 'Places for short breaks, 23 to 29 November 2026' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Provider',
      'Mon 23 NovMonday 23 November 2026',
      'Tue 24 NovTuesday 24 November 2026',
      'Wed 25 NovWednesday 25 November 2026',
      'Thu 26 NovThursday 26 November 2026',
      'Fri 27 NovFriday 27 November 2026',
      'Sat 28 NovSaturday 28 November 2026',
      'Sun 29 NovSunday 29 November 2026',
    ]);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Alder Centre', 'Beech House']);
    const alder = within(table).getByRole('row', { name: /Alder Centre/ });
    expect(alder).toHaveTextContent('Full');
    expect(alder).toHaveTextContent('Closed');
  });

  it('offers a radio for each day with places, named by provider and day', async () => {
    render(<Calendar />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios[0]).toHaveAccessibleName('3 places left at Alder Centre on Monday 23 November');
    expect(radios[1]).toHaveAccessibleName('1 place left at Beech House on Tuesday 24 November');
    // The first radio has the group's id, for the error summary's link.
    expect(radios[0]).toHaveAttribute('id', 'slot');
    await userEvent.click(screen.getByRole('radio', { name: '1 place left at Beech House on Tuesday 24 November' }));
    expect(screen.getByRole('status')).toHaveTextContent(slotValue('b', '2026-11-24'));
  });
});
