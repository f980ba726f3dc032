import { describe, expect, it } from 'vitest';
import { breakActionsFor, capacityWindow, emptyProviderForm, isQueueView, providerFormToRequest } from './forms';

describe('the break queue', () => {
  it('offers the steps MoveBreak allows from each status', () => {
    expect(breakActionsFor('requested')).toEqual({ approve: true, decline: true, confirm: false, complete: false, cancel: true });
    expect(breakActionsFor('approved')).toEqual({ approve: false, decline: false, confirm: true, complete: false, cancel: true });
    expect(breakActionsFor('confirmed')).toEqual({ approve: false, decline: false, confirm: false, complete: true, cancel: true });
    for (const status of ['completed', 'declined', 'cancelled'] as const) {
      expect(Object.values(breakActionsFor(status)).some(Boolean)).toBe(false);
    }
    expect(isQueueView('confirmed')).toBe(true);
    expect(isQueueView('lost')).toBe(false);
  });
});

describe('the provider capacity window', () => {
  it('is today and 14 days unless the address asks for another', () => {
    expect(capacityWindow(null, null, '2026-11-22')).toEqual({ from: '2026-11-22', to: '2026-12-05', days: 14 });
    expect(capacityWindow('2026-12-01', '31', '2026-11-22')).toEqual({ from: '2026-12-01', to: '2026-12-31', days: 31 });
    expect(capacityWindow('2026-02-30', '40', '2026-11-22')).toEqual({ from: '2026-11-22', to: '2026-12-05', days: 14 });
  });
});

describe('adding a provider', () => {
  it('sends the days it works and places a day for each type it offers', () => {
    const result = providerFormToRequest({
      name: ' Hospice at Home ',
      worksOn: ['monday', 'friday'],
      places: { ...emptyProviderForm.places, sittingService: '6', shortBreak: ' 2 ' },
    });
    expect(result).toEqual({
      ok: true,
      body: { name: 'Hospice at Home', worksOn: ['monday', 'friday'], capacity: [{ breakType: 'sittingService', placesPerDay: 6 }, { breakType: 'shortBreak', placesPerDay: 2 }] },
    });
  });

  it('asks for a name, the days and at least one type with 1 to 1,000 places', () => {
    const empty = providerFormToRequest(emptyProviderForm);
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.errors).toMatchObject({
      name: 'Enter the provider’s name',
      worksOn: 'Select the days the provider works',
      'places-sittingService': 'Enter the places a day for at least one type of break',
    });
    const wrong = providerFormToRequest({ name: 'A <b>', worksOn: ['monday'], places: { ...emptyProviderForm.places, sharedLives: '0' } });
    expect(!wrong.ok && wrong.errors).toMatchObject({
      name: 'The provider’s name must only include letters, numbers and , . \' / & # ( ) -',
      'places-sharedLives': 'Places a day for Shared Lives must be a whole number from 1 to 1,000',
    });
  });
});
