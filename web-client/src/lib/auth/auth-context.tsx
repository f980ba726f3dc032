import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { clearSession, onUnauthorised, readSession, saveSession, type Session } from './session';

type AuthContextValue = {
  session: Session | null;
  /** True once the API refused the session (401), so the sign-in page can explain why. */
  sessionExpired: boolean;
  signIn: (session: Session) => void;
  signOut: () => void;
};

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(() => readSession());
  const [sessionExpired, setSessionExpired] = useState(false);

  const signIn = useCallback(
    (next: Session) => {
      // Nothing cached for one person may be shown to the next.
      queryClient.clear();
      saveSession(next);
      setSessionExpired(false);
      setSession(next);
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    clearSession();
    queryClient.clear();
    setSession(null);
  }, [queryClient]);

  useEffect(
    () =>
      onUnauthorised(() => {
        clearSession();
        queryClient.clear();
        setSession(null);
        setSessionExpired(true);
      }),
    [queryClient],
  );

  const value = useMemo(() => ({ session, sessionExpired, signIn, signOut }), [session, sessionExpired, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
