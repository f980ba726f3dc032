import type { TagColour } from '@/components/govuk/misc';
import type { BreakStatus, BreakType, CaredForPerson } from '@/lib/api/types';
import { formatDayLong, formatDayRange, formatMinutes } from '@/lib/calendar';

export function caredForName(person: CaredForPerson | undefined): string {
  return person ? `${person.givenName ?? ''} ${person.familyName ?? ''}`.trim() : '';
}

/** "Tuesday 24 November 2026, 1 hour 30 minutes" for a sitting service; "24 to 26 November 2026" for days. */
export function datesText(item: { breakType: BreakType | ''; startsOn: string; endsOn: string; sittingMinutes?: number | string | null }): string {
  if (item.breakType === 'sittingService' || item.startsOn === item.endsOn || !item.endsOn) {
    const minutes = Number(item.sittingMinutes);
    return `${formatDayLong(item.startsOn)}${item.breakType === 'sittingService' && minutes > 0 ? `, ${formatMinutes(minutes)}` : ''}`;
  }
  return formatDayRange(item.startsOn, item.endsOn);
}

export const breakStatusColours: Record<BreakStatus, TagColour> = {
  requested: 'blue',
  approved: 'turquoise',
  confirmed: 'green',
  completed: 'grey',
  declined: 'red',
  cancelled: 'grey',
};

/** A carer may cancel a break until it has taken place (or been declined). */
export function canCancel(status: BreakStatus): boolean {
  return status === 'requested' || status === 'approved' || status === 'confirmed';
}
