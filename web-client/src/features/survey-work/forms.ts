import { isApiError } from '@/lib/api/api-error';
import type { OpenSurveyYearRequest, SurveyCount } from '@/lib/api/types';
import { parseDateParts, toIsoDate, type DatePart, type DateParts } from '@/lib/validation/date';

/** The financial year (by its start) a day falls in: 1 April to 31 March. */
export function financialYearOf(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** 31 March at the end of a financial year, the latest closing date. */
export function endOfFinancialYear(financialYear: number): string {
  return toIsoDate(financialYear + 1, 3, 31);
}

export type OpenYearResult =
  | { ok: true; body: OpenSurveyYearRequest }
  | { ok: false; message: string; parts: DatePart[] | undefined };

/** OpenSurveyYear's body for today's financial year: the closing date from today to 31 March. */
export function toOpenSurveyYearRequest(closesOn: DateParts, today: string): OpenYearResult {
  const parsed = parseDateParts(closesOn, { name: 'Closing date', missing: 'Enter the closing date' });
  if (!parsed.ok) return { ok: false, message: parsed.message, parts: parsed.parts };
  const financialYear = financialYearOf(today);
  const iso = parsed.value!;
  if (iso < today) return { ok: false, message: 'The closing date must be today or in the future', parts: undefined };
  if (iso > endOfFinancialYear(financialYear)) return { ok: false, message: 'The closing date must be by 31 March, the end of the financial year', parts: undefined };
  return { ok: true, body: { financialYear, closesOn: iso } };
}

/** A count as staff read it: hidden counts are "not shown", never a number. */
export function countText(count: SurveyCount): string {
  return count.suppressed || count.count === null || count.count === undefined ? 'not shown' : count.count.toLocaleString('en-GB');
}

export const staleMessage = 'Someone changed this survey year while you were looking at it. We have read it again: check it and try again.';
export const closedMessage = 'This survey year is already closed.';

export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}
