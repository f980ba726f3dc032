import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchCandidate, MatchPerson } from '@/lib/api/types';
import { holdings } from '@/testing/match-fixture';
import { MatchDecisionForm } from './match-decision-form';

// The app's API client calls the global fetch; the stub goes in before anything is imported.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

afterEach(() => fetchMock.mockReset());

function person(overrides: Partial<MatchPerson>): MatchPerson {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    givenName: 'Bilal',
    familyName: 'Demoford',
    dateOfBirth: '1949-09-20',
    postcode: 'LU1 4OI',
    nhsNumber: '9990022480',
    identificationSource: 'gpFlag',
    identifiedAt: '2026-01-18T13:01:00Z',
    hasSignIn: false,
    holds: holdings(),
    contact: { email: null, phone: '01582 000000', addressLine1: '1 Demo Street', addressLine2: null, town: 'Luton' },
    ...overrides,
  };
}

function candidate(existing: Partial<MatchPerson> = {}, incoming: Partial<MatchPerson> = {}): MatchCandidate {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    reason: 'Same surname, date of birth and postcode',
    foundAt: '2026-11-22T13:33:00Z',
    kind: 'probable',
    claimedNhsNumber: null,
    existing: person(existing),
    incoming: person({
      id: '22222222-2222-4222-8222-222222222222',
      givenName: 'Robin',
      nhsNumber: null,
      identificationSource: 'partnerReferral',
      identifiedAt: '2026-11-22T13:33:00Z',
      ...incoming,
    }),
  };
}

function renderForm(match: MatchCandidate, onDecided = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <MatchDecisionForm candidate={match} onDecided={onDecided} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onDecided;
}

const card = (title: string) => screen.getByRole('heading', { name: title }).closest('.govuk-summary-card') as HTMLElement;

describe('MatchDecisionForm', () => {
  it('marks only identity details that differ, never an unknown one', () => {
    renderForm(candidate());
    const recordB = within(card('Record B: new'));
    expect(recordB.getByText('Robin Demoford').parentElement).toHaveTextContent('Robin Demoford Differs');
    expect(recordB.getByText('Not known').parentElement).not.toHaveTextContent('Differs');
    expect(recordB.getByText('20 September 1949').parentElement).not.toHaveTextContent('Differs');
    expect(recordB.getByText('Referred by a partner').parentElement).not.toHaveTextContent('Differs');
  });

  it('shows what each record holds, so the person deciding sees what a merge moves', () => {
    renderForm(candidate({ holds: holdings({ assessments: 2, hasEmergencyCard: true }) }, { holds: holdings({ partnerReferrals: 1 }) }));
    const recordA = within(card('Record A: held already'));
    expect(recordA.getByRole('heading', { name: 'What record A holds' })).toBeInTheDocument();
    expect(recordA.getByText('Assessments').nextElementSibling).toHaveTextContent('2');
    expect(recordA.getByText('Emergency card').nextElementSibling).toHaveTextContent('Yes');
    const recordB = within(card('Record B: new'));
    expect(recordB.getByText('Partner referrals').nextElementSibling).toHaveTextContent('1');
    expect(recordB.getByText('Assessments').nextElementSibling).toHaveTextContent('None');
  });

  it('warns that a sign-in claim needs the held record’s contact details, and shows both records’ contact details', () => {
    const claim = { ...candidate({}, { hasSignIn: true, contact: { email: 'new@example.com', phone: '07700 900111', addressLine1: null, addressLine2: null, town: null } }), kind: 'signInClaim' as const, claimedNhsNumber: '9990022480' };
    renderForm(claim);
    expect(screen.getByText(/Sign-in claim: someone signed in and registered/)).toHaveTextContent('which record A holds');
    expect(within(card('Record A: held already')).getByText('01582 000000')).toBeInTheDocument();
    expect(within(card('Record B: new')).getByText('07700 900111').parentElement).toHaveTextContent('Differs');
  });

  it('gives no sign-in claim warning for an ordinary probable match', () => {
    renderForm(candidate());
    expect(screen.queryByText(/Sign-in claim/)).not.toBeInTheDocument();
  });

  it('offers only "keep apart" when both records have their own sign-in, and says why', () => {
    renderForm(candidate({ hasSignIn: true }, { hasSignIn: true }));
    expect(screen.queryByLabelText('Merge, keeping record A')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Keep apart')).toBeInTheDocument();
    expect(screen.getByText(/Both records have their own sign-in, so they cannot be merged/)).toBeInTheDocument();
  });

  it('asks for a choice before sending anything', async () => {
    renderForm(candidate());
    await userEvent.click(screen.getByRole('button', { name: 'Confirm decision' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select whether to merge the records or keep them apart');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a merge naming the record kept, then reports the choice', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const onDecided = renderForm(candidate());
    await userEvent.click(screen.getByLabelText('Merge, keeping record B'));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm decision' }));
    await vi.waitFor(() => expect(onDecided).toHaveBeenCalledWith('mergeKeepB'), { timeout: 5000 });
    const request = fetchMock.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/match-candidates/33333333-3333-4333-8333-333333333333/decision');
    expect(await request.json()).toEqual({ decision: 'merge', keep: '22222222-2222-4222-8222-222222222222' });
  });

  it('shows a conflict from the API in the error summary', async () => {
    // A new Response for each call: a body can be read once.
    fetchMock.mockImplementation(() =>
      Promise.resolve(
        new Response(JSON.stringify({ status: 409, title: 'Someone has already decided this match.' }), {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );
    const onDecided = renderForm(candidate());
    await userEvent.click(screen.getByLabelText('Keep apart'));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm decision' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone has already decided this match.');
    expect(onDecided).not.toHaveBeenCalled();
  });
});
