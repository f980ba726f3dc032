import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { AwaitingPartnerReferral } from '@/lib/api/types';
import { AnswerPartnerReferralForm } from './answer-partner-referral-form';

const referral: AwaitingPartnerReferral = {
  referralId: '7d1c2a52-1111-4a0e-9a55-1b6f0b7e3c01',
  partner: 'CarersCentral',
  purpose: 'shareWithCarersCentral',
  referredAt: '2025-03-01T10:00:00Z',
  reason: 'Cares for his mother after a stroke.',
  reportedBasis: 'self',
  reportedGivenOn: '2025-02-28',
};

function renderForm(onAnswered = vi.fn()) {
  const router = createMemoryRouter([{ path: '/', element: <AnswerPartnerReferralForm referral={referral} onAnswered={onAnswered} /> }]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return onAnswered;
}

describe('Answer a partner’s referral', () => {
  it('asks yes or no about the partner that referred the carer, with its reason', () => {
    renderForm();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Carers Central has referred you');
    expect(screen.getByRole('group', { name: 'Do you agree to share your record with Carers Central?' })).toBeInTheDocument();
    expect(screen.getByText('Cares for his mother after a stroke.')).toBeInTheDocument();
  });

  it('shows the error summary and sends nothing when no answer is chosen', async () => {
    const onAnswered = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select yes if you agree to share your record with Carers Central');
    expect(screen.getByRole('link', { name: 'Select yes if you agree to share your record with Carers Central' })).toHaveAttribute('href', '#answer');
    expect(onAnswered).not.toHaveBeenCalled();
  });
});
