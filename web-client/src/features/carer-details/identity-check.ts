import type { CarerRecord } from '@/lib/api/types';

/** How long after registering online every carer sees the identity-check notice (decision 0023). */
export const identityCheckNoticeDays = 28;

/**
 * Whether "Your details" says we may contact the carer to confirm who they are. It is shown to everyone who registered
 * online, for the first 28 days, whether or not their details matched a record we already held: showing it only on a
 * match would tell a stranger who typed someone else's details that the person is known to us (decision 0023).
 */
export function showsIdentityCheckNotice(record: CarerRecord, now: Date = new Date()): boolean {
  if (record.identification.source !== 'selfRegistration') return false;
  const days = (now.getTime() - new Date(record.identification.identifiedAt).getTime()) / 86_400_000;
  return days < identityCheckNoticeDays;
}
