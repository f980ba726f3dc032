import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { throughProvider } from './pages';

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

/** A valid NHS number in the 999 test range that no other run has used (Modulus 11). */
export function freshNhsNumber(): string {
  for (;;) {
    const base = `999${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    const sum = [...base].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${base}${check}`;
  }
}

/** A GP practice code no other run has used. */
export function freshPractice(): string {
  return `E${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
}

/** A practice's system flags a patient as a carer who agreed to be contacted (FHIR Flag, decision 0009), from the given day. */
export async function flagAsCarer(request: APIRequestContext, nhsNumber: string, practice: string, startedOn: string): Promise<void> {
  const gp = await devToken(request, { role: 'GpSystem', subject: `gp-${practice}`, odsCode: practice });
  const flagged = await request.post('/fhir/Flag', {
    headers: { ...bearer(gp), 'Content-Type': 'application/fhir+json' },
    data: {
      resourceType: 'Flag',
      status: 'active',
      extension: [{ url: 'https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact', valueBoolean: true }],
      code: { coding: [{ system: 'http://snomed.info/sct', code: '224484003' }] },
      subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber } },
      author: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: practice } },
      period: { start: startedOn },
    },
  });
  expect(flagged.status(), await flagged.text()).toBe(201);
}

export type CarerSummary = { id: string; givenName: string; familyName: string; dateOfBirth: string; postcode: string; nhsNumber?: string | null };

/** SearchCarers as staff doing casework (a search needs a reason: decision 0025). */
export async function searchCarers(request: APIRequestContext, token: string, query: Record<string, string>): Promise<CarerSummary[]> {
  const response = await request.get('/api/carers', { headers: { ...bearer(token), 'Access-Reason': 'casework' }, params: { ...query, limit: '50' } });
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

export type Referred = { referralId: string; carerId: string; matchedBy: string; access: 'granted' | 'awaitingCarer' };

/** A partner's referral: 201 with the carer's id for a person nobody knew; 202 without it while a known carer's answer is awaited (decision 0024). */
export async function referCarer(request: APIRequestContext, partnerToken: string, referral: Referral): Promise<Referred> {
  const response = await request.post('/api/partner/referrals', { headers: bearer(partnerToken), data: referral });
  expect([201, 202], await response.text()).toContain(response.status());
  return (await response.json()) as Referred;
}

/** The carer answers a partner's referral straight through the API, as the confirmation page would. */
export async function answerReferral(request: APIRequestContext, carerToken: string, referralId: string, answer: 'confirm' | 'refuse'): Promise<void> {
  const response = await request.post(`/api/me/carer/partner-referrals/${referralId}/answer`, { headers: bearer(carerToken), data: { answer } });
  expect(response.status(), await response.text()).toBe(200);
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

/** A carer registered straight through the API (as a partner's referral or a second browser would), with a person they care for. */
export async function carerWithPerson(
  request: APIRequestContext,
  subject: string,
  carer: { givenName: string; familyName: string },
  person: { givenName: string; familyName: string },
): Promise<{ token: string; relationshipId: string }> {
  const token = await devToken(request, { role: 'Carer', subject });
  const registered = await request.post('/api/me/carer', {
    headers: bearer(token),
    data: {
      registeringAs: 'self',
      ...carer,
      dateOfBirth: '1970-05-02',
      postcode: 'LU1 3AB',
      preferredLanguage: 'en',
      preferredContactChannel: 'email',
      email: 'carer@example.com',
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  return { token, relationshipId: await addCaredForPerson(request, token, person) };
}

export async function addCaredForPerson(request: APIRequestContext, carerToken: string, person: { givenName: string; familyName: string }): Promise<string> {
  const added = await request.post('/api/me/carer/cared-for-people', {
    headers: bearer(carerToken),
    data: { ...person, postcode: 'LU2 7XY', relationship: 'parent', mainNeed: 'dementia', hoursPerWeek: 35, livesWithCarer: true, startedOn: '2020-01-01' },
  });
  expect(added.status(), await added.text()).toBe(201);
  return ((await added.json()) as { relationshipId: string }).relationshipId;
}

export type BreakBody = { relationshipId: string; breakType: string; providerId: string; startsOn: string; endsOn?: string; emergency?: boolean };

export async function requestBreak(request: APIRequestContext, carerToken: string, body: BreakBody): Promise<{ id: string }> {
  const response = await request.post('/api/me/carer/breaks', { headers: bearer(carerToken), data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

/** A carer cancels one of their breaks at the version in their list (If-Match). */
export async function cancelMyBreak(request: APIRequestContext, carerToken: string, breakId: string): Promise<void> {
  const mine = await request.get('/api/me/carer/breaks', { headers: bearer(carerToken) });
  expect(mine.status(), await mine.text()).toBe(200);
  const item = ((await mine.json()) as { items: { id: string; eTag: string }[] }).items.find((candidate) => candidate.id === breakId);
  expect(item, `break ${breakId} in the carer's list`).toBeTruthy();
  const response = await request.post(`/api/me/carer/breaks/${breakId}/cancellation`, { headers: { ...bearer(carerToken), 'If-Match': item!.eTag } });
  expect(response.status(), await response.text()).toBe(200);
}

/** A provider registered by name (names are unique), as staff list them. */
export async function providerIdByName(request: APIRequestContext, managerToken: string, name: string): Promise<string> {
  const response = await request.get('/api/break-providers', { headers: bearer(managerToken) });
  expect(response.status(), await response.text()).toBe(200);
  const provider = ((await response.json()) as { providers: { providerId: string; name: string }[] }).providers.find((item) => item.name === name);
  expect(provider, `provider ${name}`).toBeTruthy();
  return provider!.providerId;
}

/** Staff cancel whatever a journey left open with one provider (a run that failed half way), so queues do not fill up. */
export async function cancelOpenBreaksWith(request: APIRequestContext, providerName: string): Promise<void> {
  const token = await devToken(request, { role: 'Staff.Assessor', subject: 'demo-assessor-1' });
  for (const status of ['requested', 'approved', 'confirmed']) {
    const open: { id: string; eTag: string }[] = [];
    let cursor: string | null = null;
    do {
      const response = await request.get('/api/breaks', { headers: bearer(token), params: { status, limit: 100, ...(cursor ? { cursor } : {}) } });
      expect(response.status(), await response.text()).toBe(200);
      const page = (await response.json()) as { items: { id: string; eTag: string; providerName: string }[]; nextCursor?: string | null };
      open.push(...page.items.filter((candidate) => candidate.providerName === providerName));
      cursor = page.nextCursor ?? null;
    } while (cursor);
    for (const item of open) {
      await request.post(`/api/breaks/${item.id}/moves`, { headers: { ...bearer(token), 'If-Match': item.eTag }, data: { to: 'cancelled', reason: 'Left open by a browser test' } });
    }
  }
}

export type SignedIn = { role: string; subject: string; displayName: string };

/** The local provider's personas with a fixed subject, by subject: signing in as one picks it by name. */
const fixedPersonas: Record<string, string> = {
  'demo-carer-0001': 'Sam, a carer already registered',
  'demo-assessor-1': 'An assessor',
  'demo-manager-1': 'A manager',
  'demo-grants-officer-1': 'A grants officer',
  'demo-duty-1': 'Emergency duty officer',
  'demo-dpo-1': 'Data protection officer',
};

/**
 * Signed in on the page through the SPA's sign-in button and the identity provider's page, as in
 * production: a persona when the subject is one, otherwise "Someone else" with the role and
 * subject. Nothing is written into the page. Returns a token for the same person for set-up calls
 * straight to the API (from /dev/tokens, which stays for scripts and set-up).
 */
export async function signedInAs(page: Page, who: SignedIn): Promise<string> {
  const persona = fixedPersonas[who.subject];
  await throughProvider(page, who.role === 'Carer' ? 'carer' : 'staff', async (provider) => {
    if (persona) {
      await provider.getByLabel(persona, { exact: true }).check();
    } else {
      await provider.getByLabel('Someone else').check();
      await provider.getByLabel('Role').selectOption(who.role);
      await provider.getByLabel('Subject').fill(who.subject);
    }
  });
  return devToken(page.request, { role: who.role, subject: who.subject });
}

export const staff = {
  assessor: { role: 'Staff.Assessor', subject: 'demo-assessor-1', displayName: 'An assessor' },
  manager: { role: 'Staff.Manager', subject: 'demo-manager-1', displayName: 'A manager' },
  grantsOfficer: { role: 'Staff.GrantsOfficer', subject: 'demo-grants-officer-1', displayName: 'A grants officer' },
  emergencyDuty: { role: 'Staff.EmergencyDuty', subject: 'demo-duty-1', displayName: 'Emergency duty officer' },
  dataProtection: { role: 'Staff.DataProtection', subject: 'demo-dpo-1', displayName: 'Data protection officer' },
} satisfies Record<string, SignedIn>;

/**
 * A new carer registered through the API with the answers the registration journey's short path
 * gives, and signed in on the page. The registration pages have their own journey
 * (carer-and-assessor-journeys.spec.ts); here they are only the way in.
 */
export async function registeredCarer(page: Page, givenName: string, familyName: string): Promise<string> {
  const token = await signedInAs(page, { role: 'Carer', subject: `new-carer-e2e-${familyName.toLowerCase()}`, displayName: 'A new carer' });
  const registered = await page.request.post('/api/me/carer', {
    headers: bearer(token),
    data: {
      registeringAs: 'self',
      givenName,
      familyName,
      dateOfBirth: '1975-09-03',
      addressLine1: '4 Park Street',
      town: 'Luton',
      postcode: 'LU1 3AB',
      preferredLanguage: 'en',
      preferredContactChannel: 'phone',
      phone: '01582 654321',
      reasonableAdjustments: [],
      ethnicity: 'preferNotToSay',
      employmentStatus: 'retired',
      educationStatus: 'notInEducation',
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  return token;
}

/** The ETag an assessment has now, read the way the caller reads it (a carer: their own route; staff: GetAssessment). */
async function assessmentETag(request: APIRequestContext, token: string, route: string): Promise<string> {
  const response = await request.get(route, { headers: bearer(token) });
  expect(response.status(), await response.text()).toBe(200);
  const etag = response.headers()['etag'];
  expect(etag).toBeTruthy();
  return etag ?? '';
}

/** A change to an assessment as a careful client makes it: read the assessment, then send the change with its ETag in If-Match. */
export async function changeAssessment(request: APIRequestContext, token: string, route: string, step: string, data?: unknown, method: 'post' | 'put' = 'post'): Promise<void> {
  const etag = await assessmentETag(request, token, route);
  const response = await request[method](`${route}/${step}`, { headers: { ...bearer(token), 'If-Match': etag }, ...(data === undefined ? {} : { data }) });
  expect(response.status(), await response.text()).toBe(200);
}

const eightOutcomes = Object.fromEntries(
  ['caringForAChild', 'caringForOthers', 'habitableHome', 'nutrition', 'relationships', 'workTrainingEducationVolunteering', 'communityFacilities', 'recreation'].map(
    (name, index) => [name, index < 3 ? { ability: 'unable', reason: 'Caring leaves no time for this' } : { ability: 'able' }],
  ),
);

/** A self-assessment sent by the carer, taken and confirmed eligible by an assessor, all through the API; its id. */
export async function eligibleAssessment(request: APIRequestContext, carerToken: string): Promise<string> {
  const started = await request.post('/api/me/carer/assessments', { headers: bearer(carerToken), data: { selfAssessment: true } });
  expect(started.status(), await started.text()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const mine = `/api/me/carer/assessments/${id}`;
  await changeAssessment(request, carerToken, mine, 'answers', {
    aboutYourCaring: 'I care for my father every day.',
    ableAndWillingToCareNow: true,
    ableAndWillingToCareInFuture: true,
    yourHealth: 'I am tired most of the time.',
    healthAtRisk: true,
    impactOnWellbeing: 'I have little time for myself.',
    outcomes: eightOutcomes,
    workEducationTrainingLeisure: 'I had to give up my evening class.',
    whatYouWantToChange: 'A short break now and then.',
  }, 'put');
  await changeAssessment(request, carerToken, mine, 'submission');

  const assessorToken = await devToken(request, { role: 'Staff.Assessor', subject: staff.assessor.subject });
  await changeAssessment(request, assessorToken, `/api/assessments/${id}`, 'allocation', {});
  await changeAssessment(request, assessorToken, `/api/assessments/${id}`, 'completion', {
    needsArise: true,
    healthAtRisk: true,
    significantImpact: true,
    outcomes: eightOutcomes,
    reasons: 'Caring puts your health at risk and you cannot do three outcomes.',
  });
  return id;
}

export type SupportPlanBody = {
  needs: string;
  eligibleNeeds: string;
  actions: { need: string; howMet: string; status: 'notStarted' | 'inProgress' | 'done' }[];
  personalBudgetPence: number;
  nextReviewOn: string;
};

/** RecordSupportPlan through the API, as an assessor (a colleague at another desk), with the ETag read just before. */
export async function recordSupportPlan(request: APIRequestContext, assessmentId: string, plan: SupportPlanBody, subject = 'demo-assessor-2'): Promise<void> {
  const token = await devToken(request, { role: 'Staff.Assessor', subject });
  await changeAssessment(request, token, `/api/assessments/${assessmentId}`, 'support-plan', plan, 'put');
}
