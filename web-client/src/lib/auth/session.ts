/**
 * The signed-in session, kept in sessionStorage: it ends with the browser tab, and nothing
 * about the carer outlives it on a shared computer. Only the token and who it is for are kept.
 * The OpenID Connect client (oidc.ts) writes it after each sign-in and silent renewal, so the
 * API client reads the current token synchronously.
 */

/** Which identity provider signed the person in: staff (Entra ID) or carers (Entra External ID). */
export type ProviderKind = 'staff' | 'carers';

export type Session = {
  accessToken: string;
  /** ISO instant from the token issuer. */
  expiresAt: string;
  role: string;
  subject: string;
  /** The name the identity provider gives, for the header ("Signed in as ..."). */
  displayName: string;
  /** The provider to renew the session with and to sign out of. */
  provider?: ProviderKind;
};

export const sessionStorageKey = 'luton-carers.session';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStore(): KeyValueStore | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Storage can be switched off by the browser's privacy settings: then nobody stays signed in.
    return null;
  }
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['accessToken', 'expiresAt', 'role', 'subject', 'displayName'].every(
    (key) => typeof candidate[key] === 'string' && candidate[key].length > 0,
  );
}

export function saveSession(session: Session, store: KeyValueStore | null = defaultStore()): void {
  store?.setItem(sessionStorageKey, JSON.stringify(session));
}

/** The stored session, or null when there is none, it is unreadable or it has expired. */
export function readSession(store: KeyValueStore | null = defaultStore(), now: Date = new Date()): Session | null {
  const raw = store?.getItem(sessionStorageKey);
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    store?.removeItem(sessionStorageKey);
    return null;
  }
  if (!isSession(parsed)) {
    store?.removeItem(sessionStorageKey);
    return null;
  }
  const expiresAt = Date.parse(parsed.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt <= now.getTime()) {
    store?.removeItem(sessionStorageKey);
    return null;
  }
  return parsed;
}

export function clearSession(store: KeyValueStore | null = defaultStore()): void {
  store?.removeItem(sessionStorageKey);
}

type Listener = () => void;
const unauthorisedListeners = new Set<Listener>();

/** The API said the token is no longer good (401): whoever shows the session should end it. */
export function onUnauthorised(listener: Listener): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

export function notifyUnauthorised(): void {
  unauthorisedListeners.forEach((listener) => listener());
}

export type AreaOfWork = 'carer' | 'assessor' | 'manager' | 'grants' | 'duty' | 'dataProtection' | 'staff';

/** Which part of the service a role lands in. */
export function areaForRole(role: string): AreaOfWork {
  if (role === 'Carer') return 'carer';
  if (role === 'Staff.Assessor') return 'assessor';
  if (role === 'Staff.Manager') return 'manager';
  if (role === 'Staff.GrantsOfficer') return 'grants';
  if (role === 'Staff.EmergencyDuty') return 'duty';
  if (role === 'Staff.DataProtection') return 'dataProtection';
  return 'staff';
}
