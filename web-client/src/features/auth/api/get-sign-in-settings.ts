import { apiClient, required } from '@/lib/api/client';
import type { SignInSettings } from '@/lib/auth/oidc';

/** GetSignInSettings (`GET /api/sign-in-settings`): where staff and carers sign in, in this environment. */
export async function getSignInSettings(): Promise<SignInSettings> {
  const { data } = await apiClient.GET('/api/sign-in-settings');
  return required(data);
}
