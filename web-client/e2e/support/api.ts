import { expect, type APIRequestContext } from '@playwright/test';

/*
 * Setting up what a journey needs straight through the API, as the partner's or the council's
 * own systems would. Shapes here follow openapi.yaml; /dev/tokens is the development issuer.
 */

type TokenRequest = { role: string; subject: string; partner?: string; odsCode?: string };

export async function devToken(request: APIRequestContext, body: TokenRequest): Promise<string> {
  const response = await request.post('/dev/tokens', { data: body });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Today and other days as yyyy-mm-dd, in the machine's own zone (the API's too). */
export function isoDay(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

export type CarerSummary = { id: string; givenName: string; familyName: string; dateOfBirth: string; postcode: string; nhsNumber?: string | null };

export async function searchCarers(request: APIRequestContext, token: string, query: Record<string, string>): Promise<CarerSummary[]> {
  const response = await request.get('/api/carers', { headers: bearer(token), params: { ...query, limit: '50' } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: CarerSummary[] }).items;
}

export type Referral = {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string;
  nhsNumber?: string;
  phone: string;
  consent: { basis: 'self'; givenOn: string };
};

export async function referCarer(
  request: APIRequestContext,
  partnerToken: string,
  referral: Referral,
): Promise<{ referralId: string; carerId: string; matchedBy: string }> {
  const response = await request.post('/api/partner/referrals', { headers: bearer(partnerToken), data: referral });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { referralId: string; carerId: string; matchedBy: string };
}

export type MatchCandidate = { id: string; incoming: { id: string }; existing: { id: string } };

/** Every match still waiting, all pages. */
export async function openMatchCandidates(request: APIRequestContext, token: string): Promise<MatchCandidate[]> {
  const all: MatchCandidate[] = [];
  let cursor: string | undefined;
  do {
    const response = await request.get('/api/match-candidates', {
      headers: bearer(token),
      params: { limit: '100', ...(cursor ? { cursor } : {}) },
    });
    expect(response.status(), await response.text()).toBe(200);
    const page = (await response.json()) as { items: MatchCandidate[]; nextCursor?: string | null };
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export async function keepApart(request: APIRequestContext, token: string, candidateId: string): Promise<void> {
  const response = await request.post(`/api/match-candidates/${candidateId}/decision`, {
    headers: bearer(token),
    data: { decision: 'keepApart' },
  });
  expect([204, 409]).toContain(response.status());
}
