import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { bearer, devToken, freshNhsNumber, isoDay, referCarer, staff } from './api';
import { throughProvider, uniqueSurname } from './pages';

/**
 * Every carer page's address pattern, read from the router itself (src/app/router.tsx): the routes
 * under the carer area (`<CarerArea />`), joined with their parents' paths. A page added to the
 * router is checked without anyone listing it here; a new `:param` fails until `carerPageUrl` has a value for it.
 */
export function carerPagePatterns(routerSource = readFileSync(fileURLToPath(new URL('../../src/app/router.tsx', import.meta.url)), 'utf8')): string[] {
  type Frame = { path?: string; index?: boolean; carerArea?: boolean };
  const stack: Frame[] = [];
  const found = new Set<string>();
  for (const match of routerSource.matchAll(/\{|\}|path:\s*'([^']*)'|index:\s*true|element:\s*<CarerArea\s*\/>/g)) {
    const text = match[0];
    const top = stack[stack.length - 1];
    if (text === '{') stack.push({});
    else if (text === '}') {
      const frame = stack.pop();
      if (frame && (frame.path !== undefined || frame.index) && stack.some((parent) => parent.carerArea)) {
        const parts = [...stack.map((parent) => parent.path), frame.path].filter((part): part is string => Boolean(part));
        found.add(`/${parts.join('/')}`);
      }
    } else if (!top) continue;
    else if (text.startsWith('path')) top.path = match[1];
    else if (text.startsWith('index')) top.index = true;
    else top.carerArea = true;
  }
  return [...found].sort();
}

/** The address of a carer page, its parameters filled from the carer's own data. */
export function carerPageUrl(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${pattern}: no value for :${name}; add one to the carer's data in e2e/support/carer-pages.ts`);
    return value;
  });
}

export type CarerWithEverything = { token: string; givenName: string; familyName: string; values: Record<string, string> };

/**
 * A new carer, signed in on the page, with something in each part of their case, set up through
 * the API: a person they care for with an emergency plan, a self-assessment under way, a break asked for (from a provider
 * of its own), a complaint, an emergency plan section and a partner's referral awaiting their answer.
 */
export async function carerWithEverything(page: Page): Promise<CarerWithEverything> {
  const request = page.request;
  const givenName = 'Reflow';
  const familyName = uniqueSurname('Carer');
  const subject = `e2e-everything-${familyName.toLowerCase()}`;
  await throughProvider(page, 'carer', async (provider) => {
    await provider.getByLabel('Someone else').check();
    await provider.getByLabel('Role').selectOption('Carer');
    await provider.getByLabel('Subject').fill(subject);
  });
  const token = await devToken(request, { role: 'Carer', subject });
  const headers = bearer(token);
  const nhsNumber = freshNhsNumber();
  const dateOfBirth = '1968-02-14';
  const postcode = 'LU2 0AB';
  const registered = await request.post('/api/me/carer', {
    headers,
    data: {
      registeringAs: 'self',
      givenName,
      familyName,
      dateOfBirth,
      addressLine1: '12 Very Long Named Road Near The Park',
      town: 'Luton',
      postcode,
      preferredLanguage: 'en',
      preferredContactChannel: 'email',
      // A long address, as some are: the pages must wrap it at 320 pixels.
      email: `a.very.long.email.address.for.${familyName.toLowerCase()}@example-carers-organisation.org.uk`,
      nhsNumber,
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  const added = await request.post('/api/me/carer/cared-for-people', {
    headers,
    data: { givenName: 'Bartholomew-Maximilian', familyName, postcode: 'LU2 7XY', relationship: 'parent', mainNeed: 'dementia', hoursPerWeek: 35, livesWithCarer: true, startedOn: '2020-01-01' },
  });
  expect(added.status(), await added.text()).toBe(201);
  const relationshipId = ((await added.json()) as { relationshipId: string }).relationshipId;

  const plan = await request.put(`/api/me/carer/emergency-plans/${relationshipId}`, {
    headers,
    data: {
      careNeeded: 'Help to wash, dress and eat; a walking frame at all times, and someone with him at night.',
      whenNeeded: 'At 8am, midday, 6pm and bedtime.',
      contacts: [{ name: 'Ada Neighbour-Worthington', phone: '07700 900111', relationship: 'Neighbour', consentGiven: true, holdsCopy: true }],
    },
  });
  expect([200, 201], await plan.text()).toContain(plan.status());

  const assessment = await request.post('/api/me/carer/assessments', { headers, data: { selfAssessment: true } });
  expect(assessment.status(), await assessment.text()).toBe(201);
  const assessmentId = ((await assessment.json()) as { id: string }).id;

  const managerToken = await devToken(request, { role: staff.manager.role, subject: staff.manager.subject });
  const provider = await request.post('/api/break-providers', {
    headers: bearer(managerToken),
    data: {
      name: `Reflow ${uniqueSurname('Centre')}`,
      worksOn: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      capacity: [{ breakType: 'dayOpportunities', placesPerDay: 5 }],
    },
  });
  expect(provider.status(), await provider.text()).toBe(201);
  const providerId = ((await provider.json()) as { providerId: string }).providerId;
  const asked = await request.post('/api/me/carer/breaks', {
    headers,
    data: { relationshipId, breakType: 'dayOpportunities', providerId, startsOn: isoDay(14), endsOn: isoDay(14) },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const breakId = ((await asked.json()) as { id: string }).id;

  const feedback = await request.post('/api/me/carer/feedback', {
    headers,
    data: { kind: 'complaint', about: 'break', text: 'Nobody rang me back about my break, and I waited for a whole week without any word at all.' },
  });
  expect(feedback.status(), await feedback.text()).toBe(201);
  const feedbackId = ((await feedback.json()) as { id: string }).id;

  const partnerToken = await devToken(request, { role: 'Partner', subject: 'cc-system', partner: 'CarersCentral' });
  const referred = await referCarer(request, partnerToken, {
    givenName,
    familyName,
    dateOfBirth,
    postcode,
    nhsNumber,
    phone: '01582 654321',
    consent: { basis: 'self', givenOn: isoDay() },
  });
  expect(referred.access).toBe('awaitingCarer');

  return {
    token,
    givenName,
    familyName,
    values: {
      relationshipId,
      assessmentId,
      questionId: 'about-your-caring',
      purpose: 'shareWithCarersCentral',
      referralId: referred.referralId,
      breakId,
      feedbackId,
      slug: 'your-time',
      sectionId: 'care',
    },
  };
}
