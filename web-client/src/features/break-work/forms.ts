import type { BreakStatus, BreakType, RegisterBreakProviderRequest, Weekday } from '@/lib/api/types';
import { addDays, daysBetween, isIsoDate } from '@/lib/calendar';
import { breakTypePlurals } from '@/lib/reference-data';

/** The break queue's lists, one per status, requested first. */
export const queueViews: { status: BreakStatus; text: string }[] = [
  { status: 'requested', text: 'Requested' },
  { status: 'approved', text: 'Approved' },
  { status: 'confirmed', text: 'Confirmed by the provider' },
  { status: 'completed', text: 'Completed' },
  { status: 'declined', text: 'Declined' },
  { status: 'cancelled', text: 'Cancelled' },
];

export function isQueueView(value: string | null): value is BreakStatus {
  return queueViews.some((view) => view.status === value);
}

/** What staff may do with a break in a status (MoveBreak's rules). */
export function breakActionsFor(status: BreakStatus): { approve: boolean; decline: boolean; confirm: boolean; complete: boolean; cancel: boolean } {
  return {
    approve: status === 'requested',
    decline: status === 'requested',
    confirm: status === 'approved',
    complete: status === 'confirmed',
    cancel: status === 'requested' || status === 'approved' || status === 'confirmed',
  };
}

/** The provider capacity window: the days shown at once, and the API's limit. */
export const capacityLengths = [7, 14, 28, 31] as const;
export const defaultCapacityLength = 14;

/** The window asked for in the address (`?from=&days=`), or today and 14 days. */
export function capacityWindow(fromParam: string | null, daysParam: string | null, today: string): { from: string; to: string; days: number } {
  const from = isIsoDate(fromParam) ? fromParam : today;
  const asked = Number(daysParam);
  const days = (capacityLengths as readonly number[]).includes(asked) ? asked : defaultCapacityLength;
  return { from, to: addDays(from, days - 1), days };
}

export function windowLength(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

export type ProviderFormValues = { name: string; worksOn: Weekday[]; places: Record<BreakType, string> };

export const emptyProviderForm: ProviderFormValues = {
  name: '',
  worksOn: [],
  places: { sittingService: '', shortBreak: '', residentialRespite: '', sharedLives: '', dayOpportunities: '' },
};

export type ProviderFormResult = { ok: true; body: RegisterBreakProviderRequest } | { ok: false; errors: Record<string, string | undefined> };

/** The add-a-provider form as RegisterBreakProvider's body: places a day for each type it offers (left empty if not). */
export function providerFormToRequest(values: ProviderFormValues): ProviderFormResult {
  const errors: Record<string, string | undefined> = {};
  const name = values.name.trim();
  errors.name =
    name === ''
      ? 'Enter the provider’s name'
      : name.length > 200
        ? 'The provider’s name must be 200 characters or fewer'
        : !/^[\p{L}\p{M}0-9 ,.'’/&#()-]+$/u.test(name)
          ? 'The provider’s name must only include letters, numbers and , . \' / & # ( ) -'
          : undefined;
  errors.worksOn = values.worksOn.length === 0 ? 'Select the days the provider works' : undefined;
  const capacity: RegisterBreakProviderRequest['capacity'] = [];
  for (const [type, text] of Object.entries(values.places) as [BreakType, string][]) {
    const value = text.trim();
    if (value === '') continue;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1000) {
      errors[`places-${type}`] = `Places a day for ${breakTypePlurals[type]} must be a whole number from 1 to 1,000`;
    } else {
      capacity.push({ breakType: type, placesPerDay: Number(value) });
    }
  }
  if (capacity.length === 0 && !Object.keys(errors).some((key) => key.startsWith('places-') && errors[key])) {
    errors['places-sittingService'] = 'Enter the places a day for at least one type of break';
  }
  if (Object.values(errors).some(Boolean)) return { ok: false, errors };
  return { ok: true, body: { name, worksOn: values.worksOn, capacity } };
}
