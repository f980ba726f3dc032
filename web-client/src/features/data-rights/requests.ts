import type { CompleteSubjectAccessRequestRequest, RecordSubjectAccessRequestRequest, SubjectAccessChannel, SubjectAccessRequest } from '@/lib/api/types';
import { parseDateParts, todayIso, type DateParts } from '@/lib/validation/date';

export const dataRightsPaths = {
  queue: '/data-protection/requests',
  record: '/data-protection/requests/record',
  request: (requestId: string) => `/data-protection/requests/${requestId}`,
} as const;

export type ExportFormat = 'json' | 'html';

/** The name to save a download under when the answer names none: the name the API gives it. */
export function fallbackFileName(format: ExportFormat, today: string = todayIso()): string {
  return `luton-carers-data-${today}.${format}`;
}

export const channelLabels: Record<SubjectAccessChannel, string> = {
  post: 'Post',
  phone: 'Phone',
  email: 'Email',
  inPerson: 'In person',
};

/** "12 days left", "Due today", "3 days overdue", or what became of a closed request. */
export function deadlineText(request: Pick<SubjectAccessRequest, 'status' | 'daysLeft'>): string {
  if (request.status === 'sent') return 'Sent';
  if (request.status === 'refused') return 'Refused';
  const days = request.daysLeft ?? 0;
  if (days === 0) return 'Due today';
  if (days > 0) return days === 1 ? '1 day left' : `${days} days left`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

export type DeadlineColour = 'red' | 'yellow' | 'blue' | 'green' | 'grey';

/** Overdue red, a week or less yellow, otherwise blue; sent green, refused grey. */
export function deadlineColour(request: Pick<SubjectAccessRequest, 'status' | 'daysLeft'>): DeadlineColour {
  if (request.status === 'sent') return 'green';
  if (request.status === 'refused') return 'grey';
  const days = request.daysLeft ?? 0;
  if (days < 0) return 'red';
  return days <= 7 ? 'yellow' : 'blue';
}

export type RecordValues = {
  carerId: string;
  receivedOn: DateParts;
  receivedBy: SubjectAccessChannel | '';
  requester: 'carer' | 'representative' | '';
  representativeName: string;
  representativeRelationship: string;
  authorityChecked: 'yes' | 'no' | '';
  identityVerifiedBy: string;
};

export type RecordResult = { ok: true; body: RecordSubjectAccessRequestRequest } | { ok: false; errors: Record<string, string | undefined> };

const unsafe = /[<>\p{Cc}]/u;

function text(value: string, missing: string, name: string, max: number): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return missing;
  if (trimmed.length > max) return `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`;
  if (unsafe.test(trimmed)) return `${name} must not include < or >`;
  return undefined;
}

/** The "record a request" form as the request body, with the same rules the API keeps (in page order). */
export function recordToRequest(values: RecordValues, today: string = todayIso()): RecordResult {
  const received = parseDateParts(values.receivedOn, { missing: 'Enter the date the request was received', name: 'The date received' });
  const representative = values.requester === 'representative';
  const errors: Record<string, string | undefined> = {
    carerId: values.carerId ? undefined : 'Choose the carer the request is about',
    receivedOn: received.ok ? (received.value && received.value > today ? 'The date received must be today or in the past' : undefined) : received.message,
    receivedBy: values.receivedBy ? undefined : 'Select how the request was received',
    requester: values.requester ? undefined : 'Select who made the request',
    representativeName: representative ? text(values.representativeName, 'Enter the representative’s name', 'The name', 100) : undefined,
    representativeRelationship: representative
      ? text(values.representativeRelationship, 'Enter how they are related to the carer', 'The relationship', 100)
      : undefined,
    authorityChecked: representative && !values.authorityChecked ? 'Select whether their authority to act was checked' : undefined,
    identityVerifiedBy: text(values.identityVerifiedBy, 'Enter how the requester’s identity was checked', 'How identity was checked', 500),
  };
  if (Object.values(errors).some(Boolean) || !received.ok || !received.value || !values.receivedBy || !values.requester) return { ok: false, errors };
  return {
    ok: true,
    body: {
      carerId: values.carerId,
      receivedOn: received.value,
      receivedBy: values.receivedBy,
      requester: values.requester,
      identityVerifiedBy: values.identityVerifiedBy.trim(),
      ...(representative
        ? {
            representative: {
              name: values.representativeName.trim(),
              relationship: values.representativeRelationship.trim(),
              authorityChecked: values.authorityChecked === 'yes',
            },
          }
        : {}),
    },
  };
}

export type CompleteValues = { outcome: 'sent' | 'refused' | ''; sentOn: DateParts; refusalReason: string };

export type CompleteResult = { ok: true; body: CompleteSubjectAccessRequestRequest } | { ok: false; errors: Record<string, string | undefined> };

/** Sent (on a date, today if left empty) or refused (with the reason the requester is told). */
export function completeToRequest(values: CompleteValues, receivedOn: string, today: string = todayIso()): CompleteResult {
  if (values.outcome === '') return { ok: false, errors: { outcome: 'Select whether the data was sent or the request refused' } };
  if (values.outcome === 'refused') {
    const reason = text(values.refusalReason, 'Enter why the request is refused', 'The reason', 1000);
    return reason ? { ok: false, errors: { refusalReason: reason } } : { ok: true, body: { outcome: 'refused', refusalReason: values.refusalReason.trim() } };
  }
  const date = parseDateParts(values.sentOn, { missing: 'Enter the date it was sent', name: 'The date it was sent' }, false);
  if (!date.ok) return { ok: false, errors: { sentOn: date.message } };
  if (date.value && date.value > today) return { ok: false, errors: { sentOn: 'The date it was sent must be today or in the past' } };
  if (date.value && date.value < receivedOn) return { ok: false, errors: { sentOn: 'The date it was sent cannot be before the date it was received' } };
  return { ok: true, body: date.value ? { outcome: 'sent', sentOn: date.value } : { outcome: 'sent' } };
}
