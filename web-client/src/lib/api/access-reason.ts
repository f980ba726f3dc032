/**
 * Why a member of staff is looking at a carer's personal data (decision 0025). The API keeps it on
 * the audit row and shows it to the carer in "Who has seen your record". Queue pages send their own
 * reason; a record opened outside a queue needs the officer to choose one first, and the choice is
 * remembered for that record until the browser tab closes (sessionStorage, like the session itself).
 */
import { readSession } from '@/lib/auth/session';
import type { components } from './schema';

export type AccessReason = components['schemas']['AccessReason'];

export const accessReasonHeader = 'Access-Reason';

/** The reasons an officer can choose, in the order the question lists them. */
export const accessReasonChoices: { value: AccessReason; label: string; hint: string }[] = [
  { value: 'casework', label: 'Casework', hint: 'Working on this carer’s case: an assessment, a grant, a break or a request' },
  { value: 'review', label: 'Review', hint: 'Reviewing their support or their plans' },
  { value: 'safeguarding', label: 'Safeguarding', hint: 'A concern that the carer or the person they care for may be at risk' },
  { value: 'duty', label: 'Emergency duty', hint: 'Helping in an emergency, out of hours' },
  { value: 'dataProtectionRequest', label: 'Data protection request', hint: 'Answering a request about the data we hold' },
  { value: 'report', label: 'Report', hint: 'Checking figures for a report or a statutory return' },
];

export const accessReasonLabel = (reason: AccessReason): string =>
  accessReasonChoices.find((choice) => choice.value === reason)?.label ?? reason;

export function isAccessReason(value: unknown): value is AccessReason {
  return typeof value === 'string' && accessReasonChoices.some((choice) => choice.value === value);
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): KeyValueStore | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** One list per signed-in person, so another persona in the same tab starts afresh. */
function storageKey(): string | null {
  const subject = readSession()?.subject;
  return subject ? `luton-carers.access-reasons.${subject}` : null;
}

function readAll(store: KeyValueStore | null): Record<string, AccessReason> {
  const key = storageKey();
  const raw = key ? store?.getItem(key) : null;
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, AccessReason] => isAccessReason(entry[1])));
  } catch {
    return {};
  }
}

/** The reason chosen for a record (a carer's id) or for searching (`search`), if any. */
export function rememberedAccessReason(record: string, store: KeyValueStore | null = defaultStore()): AccessReason | undefined {
  return readAll(store)[record];
}

export function rememberAccessReason(record: string, reason: AccessReason, store: KeyValueStore | null = defaultStore()): void {
  const key = storageKey();
  if (!key || !store) return;
  store.setItem(key, JSON.stringify({ ...readAll(store), [record]: reason }));
}

/** The header for a request made for this reason. */
export const withAccessReason = (reason: AccessReason) => ({ [accessReasonHeader]: reason }) as const;
