import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PlanSummary } from '@/components/emergency-plan/plan-summary';
import { i18n } from '@/i18n/i18n';
import type { EmergencyPlan } from '@/lib/api/types';
import { contactsToRequest, emptyContact } from '@/lib/emergency-plan-sections';
import { formatDate } from '@/lib/validation/date';
import { PrintPlanPage } from './print-pages';

const plan: EmergencyPlan = {
  id: 'p1',
  relationshipId: 'r1',
  caredForName: 'Bola Sampleford',
  content: { careNeeded: 'Help to wash and dress', contacts: [{ name: 'Kit Sampleford', phone: '07700 900982', relationship: 'Son', consentGiven: true, holdsCopy: false }] },
  reviewedOn: '2026-11-22',
  nextReviewOn: '2027-11-22',
  reviewOverdue: false,
  eTag: '"v4"',
};

describe('emergency plans in another language', () => {
  it('prints a plan in Romanian, with its review dates written in Romanian', async () => {
    await i18n.changeLanguage('ro');
    render(
      <MemoryRouter>
        <PrintPlanPage plan={plan} cardNumber="123456789012" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan de urgență pentru Bola Sampleford');
    expect(screen.getByText('Îngrijirea necesară')).toBeInTheDocument();
    const reviewed = formatDate('2026-11-22');
    expect(reviewed).not.toBe('22 November 2026');
    expect(screen.getByText(`Verificat ultima dată pe ${reviewed}. Următoarea verificare până pe ${formatDate('2027-11-22')}.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tipăriți acest plan' })).toBeInTheDocument();
  });

  it('keeps the plan in English for emergency duty staff', async () => {
    await i18n.changeLanguage('ro');
    render(<PlanSummary plan={plan} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Emergency plan for Bola Sampleford');
    expect(screen.getByText('Care needed')).toBeInTheDocument();
  });

  it('checks the contacts in the carer’s language', async () => {
    await i18n.changeLanguage('pl');
    const { errors } = contactsToRequest([{ ...emptyContact, name: 'Kit', phone: '12' }, { ...emptyContact, name: 'Ann' }]);
    expect(errors['contacts-0-phone']).toBe('Wpisz numer telefonu kontaktu 1, na przykład 01632 960 001, 07700 900 982 lub +44 808 157 0192');
    expect(errors['contacts-1-consentGiven']).toBe('Wybierz, czy kontakt 2 zgodził się być kontaktem alarmowym');
  });
});
