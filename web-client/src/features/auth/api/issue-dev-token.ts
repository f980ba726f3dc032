import { useMutation } from '@tanstack/react-query';
import { apiErrorFromResponse } from '@/lib/api/api-error';

/**
 * IssueDevToken (`POST /dev/tokens`). The API maps it only in Development and leaves it out of
 * openapi.yaml, so these two small shapes mirror its C# request and response rather than
 * coming from the generated schema.
 */
export type IssueDevTokenRequest = { role: string; subject: string; partner?: string; odsCode?: string };
export type IssueDevTokenResponse = { accessToken: string; expiresAt: string };

function isTokenResponse(value: unknown): value is IssueDevTokenResponse {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.accessToken === 'string' && typeof candidate.expiresAt === 'string';
}

export async function issueDevToken(body: IssueDevTokenRequest): Promise<IssueDevTokenResponse> {
  const response = await fetch('/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await apiErrorFromResponse(response);
  const json: unknown = await response.json();
  if (!isTokenResponse(json)) throw new Error('The development token issuer answered without a token');
  return json;
}

export function useIssueDevToken() {
  return useMutation({ mutationFn: issueDevToken });
}
