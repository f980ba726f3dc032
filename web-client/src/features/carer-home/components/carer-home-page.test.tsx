import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import { aBreak } from '@/testing/break-fixture';
import { anAssessment, aGrant, aPlan, aReferral, aSupportPlan } from '../home-fixtures';
import { CarerHomePage, type CarerHomeData } from './carer-home-page';

const ok = <T,>(data: T) => ({ data, failed: false });

function homeData(overrides: Partial<CarerHomeData> = {}): CarerHomeData {
  return {
    name: 'Sam Sampleford',
    today: '2026-12-02',
    assessments: ok([anAssessment({ status: 'completed', supportPlan: aSupportPlan({ nextReviewOn: '2026-12-20' }) })]),
    grants: ok([aGrant({ status: 'submitted' }), aGrant({ id: 'paid', status: 'paid', purpose: 'training' })]),
    breaks: ok([aBreak({ status: 'confirmed', startsOn: '2026-12-10', endsOn: '2026-12-12' })]),
    emergencyPlans: ok([aPlan({ nextReviewOn: '2026-11-01', reviewOverdue: true })]),
    referrals: ok([aReferral()]),
    ...overrides,
  };
}

function renderHome(data: CarerHomeData, notices?: ReactNode) {
  render(
    <MemoryRouter>
      <CarerHomePage data={data} notices={notices} />
    </MemoryRouter>,
  );
}

const card = (title: string) => screen.getByRole('heading', { level: 2, name: title }).closest('.govuk-summary-card') as HTMLElement;

describe('the carer’s home page', () => {
  it('says what is happening and what to do next, each with a link to act', () => {
    renderHome(homeData());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your support');
    expect(document.title).toBe('Your support - Luton Carers');
    expect(screen.getByText('Sam Sampleford')).toBeInTheDocument();

    const todo = document.querySelector<HTMLElement>('.govuk-task-list')!;
    expect(within(todo).getByRole('link', { name: 'Tell us if Carers Central can see your record' })).toHaveAttribute(
      'href',
      '/sharing-your-information/referrals/55555555-5555-4555-8555-555555555555',
    );
    expect(within(todo).getByRole('link', { name: /Check the emergency plan for Bola Sampleford/ })).toHaveAttribute('href', '/emergency-plans');
    expect(within(todo).getByText('It was due for a check on 1 November 2026.')).toBeInTheDocument();
    expect(within(todo).getByText('Overdue')).toHaveClass('govuk-tag--red');

    const assessment = card('Your assessment');
    expect(within(assessment).getByText('Decided')).toHaveClass('govuk-tag');
    expect(within(assessment).getByRole('link', { name: 'View your assessment' })).toHaveAttribute('href', '/your-assessment');

    const plan = card('Your support plan');
    expect(plan).toHaveTextContent(/Next review\s*20 December 2026\s*Due soon/);
    expect(within(plan).getByText('Due soon')).toHaveClass('govuk-tag--yellow');
    expect(within(plan).getByText('£500')).toBeInTheDocument();

    const grants = card('Grants');
    expect(within(grants).getByText('Equipment')).toBeInTheDocument();
    expect(within(grants).getByText('£250, asked for on 20 November 2026')).toBeInTheDocument();
    expect(within(grants).queryByText('Training or a course')).toBeNull(); // paid: no longer in progress
    expect(within(grants).getByRole('link', { name: 'Apply for a grant' })).toHaveAttribute('href', '/grants/apply');

    const breaks = card('Breaks');
    expect(within(breaks).getByText('10 December 2026 to 12 December 2026, for Bola Sampleford')).toBeInTheDocument();
    expect(within(breaks).getByText('Confirmed')).toHaveClass('govuk-tag--green');

    expect(within(card('Emergency plans')).getByText('Check now')).toHaveClass('govuk-tag--red');
    // No notices slot filled: no section for them.
    expect(screen.queryByRole('heading', { name: 'Messages we have sent you' })).toBeNull();
  });

  it('offers to start when there is nothing yet', () => {
    renderHome(homeData({ assessments: ok([]), grants: ok([]), breaks: ok([]), emergencyPlans: ok([]), referrals: ok([]) }));
    expect(screen.getByRole('link', { name: 'Ask for a carer’s assessment' })).toHaveAttribute('href', '/your-assessment/start');
    expect(within(card('Your assessment')).getByText('You have not asked for an assessment yet.')).toBeInTheDocument();
    expect(within(card('Grants')).getByText('You have no grant in progress.')).toBeInTheDocument();
    expect(within(card('Grants')).queryByRole('link', { name: 'View your grants' })).toBeNull();
    expect(within(card('Breaks')).getByRole('link', { name: 'Ask for a break' })).toHaveAttribute('href', '/breaks/ask');
    expect(within(card('Emergency plans')).getByRole('link', { name: 'Make an emergency plan' })).toHaveAttribute('href', '/emergency-plans');
  });

  it('says so where a read failed and shows the rest', () => {
    renderHome(homeData({ grants: { data: undefined, failed: true }, referrals: ok([]), emergencyPlans: ok([]) }));
    expect(within(card('Grants')).getByText('We cannot show this just now. Try again later.')).toBeInTheDocument();
    expect(within(card('Grants')).queryByRole('link')).toBeNull();
    expect(within(card('Breaks')).getByText('Confirmed')).toBeInTheDocument();
    expect(screen.getByText('You have nothing to do right now.')).toBeInTheDocument();
  });

  it('shows the notices the route puts in its slot under their own heading', () => {
    renderHome(homeData(), <p>Your assessment was decided</p>);
    const section = screen.getByRole('region', { name: 'Messages we have sent you' });
    expect(within(section).getByText('Your assessment was decided')).toBeInTheDocument();
  });

  it('reads in Polish, with Polish dates and money', async () => {
    await i18n.changeLanguage('pl');
    await i18n.loadNamespaces('home');
    renderHome(homeData());
    expect(await screen.findByRole('heading', { level: 1, name: 'Twoje wsparcie' })).toBeInTheDocument();
    expect(document.title).toBe('Twoje wsparcie - Luton Carers');
    expect(screen.getByRole('link', { name: 'Powiedz nam, czy Carers Central może zobaczyć Twoje dane' })).toBeInTheDocument();
    expect(card('Twój plan wsparcia')).toHaveTextContent('20 grudnia 2026');
    expect(within(card('Dotacje')).getByText(/^250\s(£|GBP), wniosek z 20 listopada 2026$/)).toBeInTheDocument();
  });

  it('reads in Urdu, right to left', async () => {
    await i18n.changeLanguage('ur');
    await i18n.loadNamespaces('home');
    renderHome(homeData());
    expect(await screen.findByRole('heading', { level: 1, name: 'آپ کی مدد' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ur');
  });
});
