/**
 * Build-time configuration (Vite `VITE_*` variables, see README).
 *
 * `VITE_AUTH_MODE`:
 * - `dev` (default): the development sign-in page asks the API's `/dev/tokens` for a token.
 *   The API only maps that endpoint in its Development environment.
 * - `entra`: production sign-in through Entra ID / Entra External ID with MSAL. Not built yet:
 *   the sign-in page says so rather than offering development personas.
 */
export type AuthMode = 'dev' | 'entra';

function readAuthMode(value: string | undefined): AuthMode {
  return value === 'entra' ? 'entra' : 'dev';
}

export const env = {
  authMode: readAuthMode(import.meta.env.VITE_AUTH_MODE),
  entraClientId: import.meta.env.VITE_ENTRA_CLIENT_ID ?? '',
  entraAuthority: import.meta.env.VITE_ENTRA_AUTHORITY ?? '',
} as const;
