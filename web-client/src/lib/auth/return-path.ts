/**
 * Where to go after signing in: the page that sent the visitor to sign in (RequireRole puts its
 * path and query in the navigation state), if it is a path on this site; otherwise home. An
 * address such as `//elsewhere.example` or `https://...` is never followed.
 */
export function returnPathAfterSignIn(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from === '/sign-in' || from.startsWith('/sign-in?')) return '/';
  return from;
}
