import type { UserManager, UserManagerSettings } from 'oidc-client-ts';
import type { ProviderKind, Session } from './session';

/**
 * Signing in with OpenID Connect (decision 0033): authorization code with PKCE through
 * oidc-client-ts, against Entra ID for staff and Entra External ID for carers in production,
 * and the local provider (dev/Carers.DevIdentity) in Development. Where each is comes from the
 * API (GetSignInSettings), so one build serves every environment. oidc-client-ts is fetched when
 * first needed (signing in, or renewing a session after the first page shows), not with the first
 * page: it is 17 KB of gzipped script someone reading the start page does not need (decision 0039).
 */

export type ProviderSettings = { authority: string; clientId: string; scope: string };
export type SignInSettings = Record<ProviderKind, ProviderSettings>;

/** Where the SPA comes back to: the same paths in every environment, registered with each provider. */
export const signedInPath = '/signed-in';
export const signedOutPath = '/signed-out';

/** The settings of a provider's UserManager, but for where it keeps the user (managerFor adds that: the tab's sessionStorage). */
export function userManagerSettings(provider: ProviderSettings, origin: string): Omit<UserManagerSettings, 'userStore'> {
  return {
    authority: provider.authority,
    client_id: provider.clientId,
    scope: provider.scope,
    response_type: 'code',
    redirect_uri: `${origin}${signedInPath}`,
    popup_redirect_uri: `${origin}${signedInPath}`,
    post_logout_redirect_uri: `${origin}${signedOutPath}`,
    // Renewed with the refresh token (offline_access) before the access token expires: no hidden iframe.
    automaticSilentRenew: true,
    loadUserInfo: false,
    monitorSession: false,
  };
}

type SignedInUser = { access_token: string; expires_at?: number; profile: Record<string, unknown> };

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > 0) return value;
  if (Array.isArray(value)) return value.find((item): item is string => typeof item === 'string' && item.length > 0);
  return undefined;
}

/** The session a signed-in user gives: their role (the first app role), subject and name. Null without a role or expiry. */
export function sessionFromUser(user: SignedInUser, provider: ProviderKind): Session | null {
  const role = firstString(user.profile.roles);
  const subject = firstString(user.profile.sub);
  if (!role || !subject || user.expires_at === undefined) return null;
  return {
    accessToken: user.access_token,
    expiresAt: new Date(user.expires_at * 1000).toISOString(),
    role,
    subject,
    displayName: firstString(user.profile.name) ?? subject,
    provider,
  };
}

const managers = new Map<string, Promise<UserManager>>();

/** One UserManager per provider for the page's life: each runs its own renewal timer. Loads oidc-client-ts the first time. */
export function managerFor(settings: SignInSettings, provider: ProviderKind): Promise<UserManager> {
  const chosen = settings[provider];
  const key = `${provider} ${chosen.authority} ${chosen.clientId}`;
  let manager = managers.get(key);
  if (!manager) {
    manager = import('oidc-client-ts').then(
      ({ UserManager, WebStorageStateStore }) =>
        new UserManager({
          ...userManagerSettings(chosen, globalThis.location.origin),
          // The signed-in user ends with the tab, as the session does; the sign-in's own state survives a popup.
          userStore: new WebStorageStateStore({ store: globalThis.sessionStorage }),
        }),
    );
    // A failed load (offline) is tried again next time rather than remembered.
    void manager.catch(() => managers.delete(key));
    managers.set(key, manager);
  }
  return manager;
}

const pendingProviderKey = 'luton-carers.signing-in-with';

/** Which provider a sign-in went to, for the page it comes back to (and a popup, which shares the tab's storage). */
export function rememberProvider(provider: ProviderKind): void {
  globalThis.sessionStorage.setItem(pendingProviderKey, provider);
}

export function rememberedProvider(): ProviderKind {
  return globalThis.sessionStorage.getItem(pendingProviderKey) === 'staff' ? 'staff' : 'carers';
}

/** The path a sign-in was started from, if it is one of ours (never another site). */
export function returnPathFromState(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'returnTo' in state ? state.returnTo : undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  return from;
}
