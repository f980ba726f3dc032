/**
 * The ETag of each emergency plan this browser last saved, by relationship id.
 *
 * SaveEmergencyPlan answers with the plan's ETag, and changing a plan needs it as If-Match; but
 * ListMyEmergencyPlans (the only read of a plan) does not give it. So the SPA keeps the ETag
 * each save answers with. It is kept in localStorage, not sessionStorage, so a carer who saves
 * part of a plan, signs out and comes back in this browser can carry on; another tab of the same
 * browser sees the same ETag too. Only the relationship id and a version ("v3") are kept,
 * nothing about the carer. A plan last saved on another device has no ETag here and cannot be
 * changed here (the page says so): see the README.
 */
export const planEtagsStorageKey = 'luton-carers.emergency-plan-etags';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readAll(store: KeyValueStore | null): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(planEtagsStorageKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export function planEtag(relationshipId: string, store: KeyValueStore | null = defaultStore()): string | null {
  return readAll(store)[relationshipId] ?? null;
}

export function rememberPlanEtag(relationshipId: string, etag: string, store: KeyValueStore | null = defaultStore()): void {
  try {
    store?.setItem(planEtagsStorageKey, JSON.stringify({ ...readAll(store), [relationshipId]: etag }));
  } catch {
    // Storage full or switched off: the plan can still be written once per page visit.
  }
}

/** Forgets a plan's ETag once the API says it is stale and no newer one is known here. */
export function forgetPlanEtag(relationshipId: string, store: KeyValueStore | null = defaultStore()): void {
  const all = readAll(store);
  delete all[relationshipId];
  try {
    store?.setItem(planEtagsStorageKey, JSON.stringify(all));
  } catch {
    // Nothing to forget without storage.
  }
}
