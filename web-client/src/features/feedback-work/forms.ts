import type {
  AcknowledgeComplaintRequest,
  AgreeComplaintResponsePeriodRequest,
  ComplaintOutcome,
  FeedbackAbout,
  FeedbackKind,
  ReceivedVia,
  RecordFeedbackForCarerRequest,
  RespondToComplaintRequest,
} from '@/lib/api/types';
import { isApiError } from '@/lib/api/api-error';
import { feedbackTextError } from '@/lib/feedback-words';
import { parseDateParts, todayIso, type DateParts } from '@/lib/validation/date';

type Errors = Record<string, string | undefined>;
export type FormResult<T> = { ok: true; body: T } | { ok: false; errors: Errors };

/** A date the staff member typed as the moment of a step: today is now (left out), another day is midday of it, so it reads the same in any time zone. */
function pastMoment(parts: DateParts, name: string, today: string): { ok: true; value?: string } | { ok: false; message: string } {
  const date = parseDateParts(parts, { missing: `Enter ${name.toLowerCase()}`, name }, false);
  if (!date.ok) return { ok: false, message: date.message };
  if (!date.value || date.value === today) return { ok: true };
  if (date.value > today) return { ok: false, message: `${name} must be today or in the past` };
  return { ok: true, value: `${date.value}T12:00:00Z` };
}

export function acknowledgeToRequest(acknowledgedOn: DateParts, today: string = todayIso()): FormResult<AcknowledgeComplaintRequest> {
  const moment = pastMoment(acknowledgedOn, 'The date it was acknowledged', today);
  if (!moment.ok) return { ok: false, errors: { acknowledgedOn: moment.message } };
  return { ok: true, body: moment.value ? { acknowledgedAt: moment.value } : {} };
}

export function agreeToRequest(respondBy: DateParts, today: string = todayIso()): FormResult<AgreeComplaintResponsePeriodRequest> {
  const date = parseDateParts(respondBy, { missing: 'Enter the date agreed for the response', name: 'The date agreed for the response' });
  if (!date.ok) return { ok: false, errors: { respondBy: date.message } };
  if (!date.value || date.value <= today) return { ok: false, errors: { respondBy: 'The date agreed for the response must be in the future' } };
  return { ok: true, body: { respondBy: date.value } };
}

export type ResponseValues = { outcome: ComplaintOutcome | ''; response: string; whatWillChange: string };

export const emptyResponse: ResponseValues = { outcome: '', response: '', whatWillChange: '' };

/** The response: an outcome, what was found, and what will change (needed unless not upheld). */
export function respondToRequest(values: ResponseValues): FormResult<RespondToComplaintRequest> {
  const changeNeeded = values.outcome === 'upheld' || values.outcome === 'partlyUpheld';
  const errors: Errors = {
    outcome: values.outcome ? undefined : 'Select the outcome',
    response: feedbackTextError(values.response, 'Enter the response', 4000, 'The response'),
    whatWillChange:
      values.whatWillChange.trim() === '' && !changeNeeded
        ? undefined
        : feedbackTextError(values.whatWillChange, 'Enter what will change, as the complaint is upheld or partly upheld', 2000, 'What will change'),
  };
  if (!values.outcome || Object.values(errors).some(Boolean)) return { ok: false, errors };
  const whatWillChange = values.whatWillChange.trim();
  return { ok: true, body: { outcome: values.outcome, response: values.response.trim(), ...(whatWillChange ? { whatWillChange } : {}) } };
}

export type RecordValues = { kind: FeedbackKind | ''; about: FeedbackAbout | ''; text: string; receivedVia: Exclude<ReceivedVia, 'online'> | ''; receivedOn: DateParts };

/** Feedback taken by phone, letter, email or in person, received today or on a past day. */
export function recordToRequest(carerId: string, values: RecordValues, today: string = todayIso()): FormResult<RecordFeedbackForCarerRequest> {
  const moment = pastMoment(values.receivedOn, 'The date it was received', today);
  const errors: Errors = {
    kind: values.kind ? undefined : 'Select complaint or compliment',
    about: values.about ? undefined : 'Select what it is about',
    text: feedbackTextError(values.text, 'Enter what the carer said', 4000, 'What the carer said'),
    receivedVia: values.receivedVia ? undefined : 'Select how it was received',
    receivedOn: moment.ok ? undefined : moment.message,
  };
  if (!values.kind || !values.about || !values.receivedVia || !moment.ok || Object.values(errors).some(Boolean)) return { ok: false, errors };
  return {
    ok: true,
    body: {
      carerId,
      kind: values.kind,
      about: values.about,
      text: values.text.trim(),
      receivedVia: values.receivedVia,
      ...(moment.value ? { receivedAt: moment.value } : {}),
    },
  };
}

/** A 412: someone took a step since this page read the complaint. */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

/** A 409: the step cannot be taken now (out of order, or already taken by someone else). */
export function isOutOfOrder(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

export const staleMessage = 'This complaint was changed by someone else since you opened it. We have loaded the latest version: check it and try again.';

export const outOfOrderMessage = 'This step cannot be taken now: someone else has moved the complaint on. We have loaded the latest version.';
