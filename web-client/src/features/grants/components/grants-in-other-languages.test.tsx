import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import type { GrantApplication } from '@/lib/api/types';
import { formatPence } from '@/lib/money';
import { amountError } from '../grant-answers';
import { YourGrants } from './your-grants';

const paid: GrantApplication = {
  id: 'g1',
  carerId: 'c1',
  carerName: 'Sam Sampleford',
  financialYear: '2026/27',
  pot: 'adults',
  purpose: 'drivingLessons',
  amountPence: 125050,
  helpsWith: 'Lessons so I can drive Mum to hospital',
  status: 'paid',
  submittedAt: '2026-11-02T10:00:00Z',
  paidOn: '2026-11-20',
  late: false,
  eTag: '"v1"',
};

describe('grants in another language', () => {
  it('shows a carer’s grants in Polish, with the amount written as Polish writes money', async () => {
    await i18n.changeLanguage('pl');
    render(
      <MemoryRouter>
        <YourGrants grants={[paid]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Twoje dotacje');
    expect(document.title).toBe('Twoje dotacje - Luton Carers');
    const row = within(screen.getByRole('table', { name: 'Twoje wnioski' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Lekcje jazdy');
    expect(row).toHaveTextContent('Wypłacony');
    // "1250,50 £" (Polish puts the sign after the amount and uses a decimal comma), not "£1,250.50".
    const amount = new Intl.NumberFormat('pl', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 }).format(1250.5);
    expect(formatPence(paid.amountPence)).toBe(amount);
    expect(amount).not.toBe('£1,250.50');
    expect(row.textContent).toContain(amount);
    expect(row).toHaveTextContent(new Intl.DateTimeFormat('pl', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(2026, 10, 20)));
  });

  it('gives the amount page’s errors in the carer’s language, and in English by default', async () => {
    expect(amountError('')).toBe('Enter how much you need');
    expect(amountError('0')).toBe('How much you need must be more than £0');
    await i18n.changeLanguage('ro');
    expect(amountError('')).toBe('Scrieți de câți bani aveți nevoie');
    expect(amountError('lots')).toBe('Suma trebuie să fie o sumă de bani, de exemplu 250 sau 250.50');
  });
});
