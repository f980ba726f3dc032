import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserManager } from 'oidc-client-ts';
import { managerFor, rememberedProvider, rememberProvider, returnPathFromState, sessionFromUser, signedOutPath, type SignInSettings } from './oidc';
import { clearSession, onUnauthorised, readSession, saveSession, type ProviderKind, type Session } from './session';

type AuthContextValue = {
  session: Session | null;
  /** Where to sign in, from the API; null while it loads or when it could not be read. */
  settings: SignInSettings | null;
  settingsFailed: boolean;
  /**
   * The session ended while the page was open (the API answered 401, or renewal failed): the
   * page stays as it is, with what was typed, until the person signs in again in a popup.
   */
  sessionEnded: boolean;
  /** Goes to the provider's sign-in page, and comes back to `returnTo`. */
  startSignIn: (provider: ProviderKind, returnTo: string) => Promise<void>;
  /** On /signed-in: finishes a sign-in (or a popup's) and says where to go next. */
  completeSignIn: () => Promise<string>;
  /** Signs in again in a popup, so nothing on the page is lost, then carries on. */
  signInAgain: () => Promise<void>;
  /** Forgets the session here, then signs out at the provider, which comes back to /signed-out. */
  signOut: () => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

// React runs a mounting effect twice in development; the code in the address may be redeemed only once.
let completing: Promise<string> | null = null;

export function AuthProvider({ children, loadSettings }: { children: ReactNode; loadSettings: () => Promise<SignInSettings> }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(() => readSession());
  const [sessionEnded, setSessionEnded] = useState(false);
  const settingsQuery = useQuery({ queryKey: ['sign-in-settings'], queryFn: loadSettings, staleTime: Infinity, gcTime: Infinity, retry: 1 });
  const settings = settingsQuery.data ?? null;

  const begin = useCallback(
    (next: Session) => {
      saveSession(next);
      setSessionEnded(false);
      setSession((previous) => {
        // Nothing cached for one person may be shown to the next.
        if (previous?.subject !== next.subject) queryClient.clear();
        return next;
      });
    },
    [queryClient],
  );

  // Renewal: the provider's refresh token brings a new access token before the old one expires.
  const provider = session?.provider;
  useEffect(() => {
    if (!settings || !provider) return;
    const renewed = (user: User) => {
      const next = sessionFromUser(user, provider);
      if (next) begin(next);
    };
    const ended = () => setSessionEnded(true);
    let stopped = false;
    let manager: UserManager | undefined;
    // oidc-client-ts comes after the first page (decision 0039); the renewal timer starts once it is here.
    void managerFor(settings, provider).then(
      (loaded) => {
        if (stopped) return;
        manager = loaded;
        manager.events.addUserLoaded(renewed);
        manager.events.addSilentRenewError(ended);
        manager.events.addAccessTokenExpired(ended);
        // Loading the stored user starts the renewal timer for it.
        void manager.getUser();
      },
      () => undefined, // offline: the next request's 401 says the session ended
    );
    return () => {
      stopped = true;
      manager?.events.removeUserLoaded(renewed);
      manager?.events.removeSilentRenewError(ended);
      manager?.events.removeAccessTokenExpired(ended);
    };
  }, [settings, provider, begin]);

  useEffect(() => onUnauthorised(() => setSessionEnded(true)), []);

  const startSignIn = useCallback(
    async (kind: ProviderKind, returnTo: string) => {
      if (!settings) throw new Error('Sign-in settings are not loaded');
      rememberProvider(kind);
      await (await managerFor(settings, kind)).signinRedirect({ state: { returnTo } });
    },
    [settings],
  );

  const completeSignIn = useCallback(() => {
    if (!settings) return Promise.reject(new Error('Sign-in settings are not loaded'));
    completing ??= (async () => {
      const kind = rememberedProvider();
      const user = await (await managerFor(settings, kind)).signinCallback();
      // A popup's callback hands the answer to the page that opened it and closes: nothing more here.
      if (!user) return '/';
      const next = sessionFromUser(user, kind);
      if (!next) throw new Error('The identity provider gave no role for this account');
      begin(next);
      return returnPathFromState(user.state);
    })().finally(() => {
      completing = null;
    });
    return completing;
  }, [settings, begin]);

  const signInAgain = useCallback(async () => {
    if (!settings) throw new Error('Sign-in settings are not loaded');
    const kind = provider ?? rememberedProvider();
    rememberProvider(kind);
    const user = await (await managerFor(settings, kind)).signinPopup();
    const next = sessionFromUser(user, kind);
    if (!next) throw new Error('The identity provider gave no role for this account');
    begin(next);
    // What failed while signed out is asked for again, now with the new token.
    await queryClient.invalidateQueries();
  }, [settings, provider, begin, queryClient]);

  const signOut = useCallback(async () => {
    clearSession();
    queryClient.clear();
    setSession(null);
    setSessionEnded(false);
    if (settings && provider) {
      await (await managerFor(settings, provider)).signoutRedirect();
    } else {
      globalThis.location.assign(signedOutPath);
    }
  }, [queryClient, settings, provider]);

  const value = useMemo(
    () => ({ session, settings, settingsFailed: settingsQuery.isError, sessionEnded, startSignIn, completeSignIn, signInAgain, signOut }),
    [session, settings, settingsQuery.isError, sessionEnded, startSignIn, completeSignIn, signInAgain, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
