import { describe, expect, it } from 'vitest';
import type { Break, BreakAvailabilityDay } from '@/lib/api/types';
import {
  buildCalendar,
  lastDayOptions,
  parseSlot,
  sittingMinutesBooked,
  sittingOptions,
  slotValue,
  windowNavigation,
  windowStart,
} from './availability';

const day = (providerId: string, date: string, placesLeft: number): BreakAvailabilityDay => ({
  providerId,
  providerName: providerId === 'b' ? 'Beech House' : 'Alder Centre',
  date,
  placesLeft,
});

describe('the availability calendar', () => {
  // Sunday 22 November 2026.
  const today = '2026-11-22';

  it('starts today at the earliest, and a year ahead at the latest', () => {
    expect(windowStart(null, today)).toBe(today);
    expect(windowStart('2026-01-01', today)).toBe(today);
    expect(windowStart('2026-12-03', today)).toBe('2026-12-03');
    expect(windowStart('2030-01-01', today)).toBe('2027-11-22');
    expect(windowStart('2026-02-30', today)).toBe(today);
    expect(windowNavigation(today, today)).toEqual({ previous: null, next: '2026-12-06' });
    expect(windowNavigation('2026-12-06', today)).toEqual({ previous: today, next: '2026-12-20' });
    expect(windowNavigation('2026-11-30', today)).toEqual({ previous: today, next: '2026-12-14' });
    expect(windowNavigation('2027-11-15', today).next).toBeNull();
  });

  it('lays out weeks of providers by days: past, closed, full and places left', () => {
    const days = [
      day('b', '2026-11-22', 2),
      day('b', '2026-11-23', 0),
      day('a', '2026-11-24', 5),
      day('a', '2026-11-21', 5),
      day('b', '2026-11-30', 1),
    ];
    const weeks = buildCalendar(days, '2026-11-16', 14, today);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]!.dates).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    // Providers by name; a provider working no day of the week has no row in it. (Days before
    // today only show when the API is asked for them.)
    expect(weeks[0]!.rows.map((row) => row.providerName)).toEqual(['Alder Centre', 'Beech House']);
    expect(weeks[0]!.rows[0]!.cells[5]).toEqual({ date: '2026-11-21', kind: 'past' });
    expect(weeks[0]!.rows[1]!.cells[6]).toEqual({ date: '2026-11-22', kind: 'open', placesLeft: 2 });
    expect(weeks[0]!.rows[1]!.cells[0]).toEqual({ date: '2026-11-16', kind: 'closed' });
    expect(weeks[1]!.rows.map((row) => row.providerName)).toEqual(['Alder Centre', 'Beech House']);
    expect(weeks[1]!.rows[1]!.cells[0]).toEqual({ date: '2026-11-23', kind: 'full' });
    expect(weeks[1]!.rows[0]!.cells[1]).toEqual({ date: '2026-11-24', kind: 'open', placesLeft: 5 });
  });

  it('shows one day for an emergency break', () => {
    const weeks = buildCalendar([day('a', today, 1), day('b', today, 0)], today, 1, today);
    expect(weeks).toEqual([
      {
        dates: [today],
        rows: [
          { providerId: 'a', providerName: 'Alder Centre', cells: [{ date: today, kind: 'open', placesLeft: 1 }] },
          { providerId: 'b', providerName: 'Beech House', cells: [{ date: today, kind: 'full' }] },
        ],
      },
    ]);
  });

  it('puts a provider and a day in one radio value', () => {
    expect(parseSlot(slotValue('0b1c', '2026-11-24'))).toEqual({ providerId: '0b1c', date: '2026-11-24' });
    expect(parseSlot('nonsense')).toBeNull();
  });
});

describe('the last day of a break', () => {
  it('runs over the days the provider works until one is full, and 28 days at most', () => {
    // Works Monday, Tuesday, Thursday; Friday 27 is full.
    const days = [day('a', '2026-11-23', 2), day('a', '2026-11-24', 1), day('a', '2026-11-26', 3), day('a', '2026-11-27', 0), day('a', '2026-11-30', 3), day('b', '2026-11-25', 9)];
    expect(lastDayOptions(days, 'a', '2026-11-23')).toEqual([
      { date: '2026-11-23', length: 1 },
      { date: '2026-11-24', length: 2 },
      { date: '2026-11-26', length: 4 },
    ]);
    const every = Array.from({ length: 40 }, (_, i) => day('a', `2026-12-${String(i + 1).padStart(2, '0')}`, 1)).slice(0, 31);
    const options = lastDayOptions(every, 'a', '2026-12-01');
    expect(options).toHaveLength(28);
    expect(options.at(-1)).toEqual({ date: '2026-12-28', length: 28 });
  });
});

describe('the sitting service allowance', () => {
  const booking = (startsOn: string, minutes: number, status: Break['status'] = 'requested'): Break => ({
    id: `${startsOn}-${minutes}-${status}`,
    carerId: 'c',
    relationshipId: 'r',
    providerId: 'p',
    eTag: '"v1"',
    providerName: 'Example Sitting Service',
    carerName: 'Sam Sampleford',
    caredForName: 'Bola Sampleford',
    breakType: 'sittingService',
    startsOn,
    endsOn: startsOn,
    sittingMinutes: minutes,
    emergency: false,
    status,
    requestedAt: '2026-11-20T10:00:00Z',
  });

  it('counts the week Monday to Sunday, without declined or cancelled bookings', () => {
    const breaks = [booking('2026-11-23', 60), booking('2026-11-29', 90, 'confirmed'), booking('2026-11-30', 120), booking('2026-11-24', 120, 'cancelled'), booking('2026-11-25', 30, 'declined')];
    expect(sittingMinutesBooked(breaks, '2026-11-26')).toBe(150);
    expect(sittingMinutesBooked(breaks, '2026-11-30')).toBe(120);
    expect(sittingOptions(240 - 150)).toEqual([30, 60, 90]);
    expect(sittingOptions(0)).toEqual([]);
  });
});
