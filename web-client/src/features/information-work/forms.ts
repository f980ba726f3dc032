import type { InformationSentMethod, RecordInformationSentRequest, RecordInformationUnableRequest } from '@/lib/api/types';
import { isApiError } from '@/lib/api/api-error';
import { parseDateParts, todayIso, type DateParts } from '@/lib/validation/date';

export type OutcomeValues = { outcome: 'sent' | 'unable' | ''; method: InformationSentMethod | ''; sentOn: DateParts; reason: string };

export type OutcomeResult =
  | { ok: true; outcome: 'sent'; body: RecordInformationSentRequest }
  | { ok: true; outcome: 'unable'; body: RecordInformationUnableRequest }
  | { ok: false; errors: Record<string, string | undefined> };

const unsafe = /[<>\p{Cc}]/u;

/**
 * The outcome form as the request body: sent needs how, and when (today if left empty, not in
 * the future, midday of that day so the date reads the same in any time zone); unable needs a
 * reason the carer can read.
 */
export function outcomeToRequest(values: OutcomeValues, today: string = todayIso()): OutcomeResult {
  if (values.outcome === '') return { ok: false, errors: { outcome: 'Select whether it was sent or cannot be provided' } };
  if (values.outcome === 'sent') {
    const date = parseDateParts(values.sentOn, { missing: 'Enter the date it was sent', name: 'The date it was sent' }, false);
    const errors: Record<string, string | undefined> = {
      method: values.method ? undefined : 'Select how it was sent',
      sentOn: date.ok ? (date.value && date.value > today ? 'The date it was sent must be today or in the past' : undefined) : date.message,
    };
    if (!values.method || !date.ok || errors.sentOn) return { ok: false, errors };
    const body: RecordInformationSentRequest = { method: values.method };
    if (date.value && date.value !== today) body.sentAt = `${date.value}T12:00:00Z`;
    return { ok: true, outcome: 'sent', body };
  }
  const reason = values.reason.trim();
  if (reason === '') return { ok: false, errors: { reason: 'Enter why it cannot be provided' } };
  if (reason.length > 1000) return { ok: false, errors: { reason: 'The reason must be 1,000 characters or fewer' } };
  if (unsafe.test(reason)) return { ok: false, errors: { reason: 'The reason must not include < or >' } };
  return { ok: true, outcome: 'unable', body: { reason } };
}

/** A 412: someone recorded or changed it since this page read it. */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

/** A 409: closed (sent or unable) by someone else meanwhile, whatever the ETag (decision 0015). */
export function isClosed(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

export const closedMessage = 'This request has been closed by someone else since you opened it.';

export const staleMessage = 'This request was changed by someone else since you opened it. We have loaded the latest version: check it and try again.';
