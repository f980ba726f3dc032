import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import type { FeedbackItem } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';
import { textError } from '../feedback-answers';
import { YourFeedback } from './your-feedback';

const complaint: FeedbackItem = {
  id: 'f1',
  kind: 'complaint',
  about: 'staff',
  text: 'Nobody rang',
  receivedVia: 'online',
  receivedAt: '2026-12-24T10:00:00Z',
  status: 'received',
  acknowledgeBy: '2026-12-31',
  acknowledgedAt: null,
  responseDueOn: '2027-06-24',
  responsePeriodAgreedAt: null,
  respondedAt: null,
  response: null,
  whatWillChange: null,
  ombudsmanAdvice: null,
};

describe('complaints and compliments in another language', () => {
  it('lists a complaint in Polish, saying when it will be acknowledged in Polish dates', async () => {
    await i18n.changeLanguage('pl');
    render(
      <MemoryRouter>
        <YourFeedback items={[complaint]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Twoje skargi i pochwały');
    const row = within(screen.getByRole('table', { name: 'Twoje opinie' })).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link')).toHaveTextContent(`Skarga otrzymana ${formatDate(complaint.receivedAt)}`);
    expect(row).toHaveTextContent('Pracownik');
    expect(formatDate('2026-12-31')).not.toBe('31 December 2026');
    expect(row).toHaveTextContent(`Potwierdzimy ją do ${formatDate('2026-12-31')}`);
  });

  it('checks what the carer wrote in their language', async () => {
    expect(textError('compliment', '<b>')).toBe('Your compliment must not include < or >');
    await i18n.changeLanguage('ur');
    expect(textError('complaint', ' ')).toBe('لکھیں کہ کیا ہوا');
  });
});
