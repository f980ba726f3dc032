import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RecordConsentForCarerForm } from './record-consent-for-carer-form';

function renderForm(onRecorded = vi.fn()) {
  const router = createMemoryRouter([
    {
      path: '/',
      element: <RecordConsentForCarerForm carerId="7d1c2a52-1111-4a0e-9a55-1b6f0b7e3c01" carerName="Sam Sampleford" backTo="/carers/x" onRecorded={onRecorded} />,
    },
  ]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return onRecorded;
}

describe('Record consent from a conversation', () => {
  it('lists every missing answer in the error summary and sends nothing', async () => {
    const onRecorded = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Select what the carer agreed to');
    expect(summary).toHaveTextContent('Select on what basis consent was given');
    expect(summary).toHaveTextContent('Enter the date the carer gave consent');
    expect(screen.getByRole('link', { name: 'Enter the date the carer gave consent' })).toHaveAttribute('href', '#givenOn-day');
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('refuses a date in the future', async () => {
    renderForm();
    await userEvent.click(screen.getByLabelText('Share my information with Carers Central'));
    await userEvent.click(screen.getByLabelText('The carer themselves'));
    await userEvent.type(screen.getByLabelText('Day'), '1');
    await userEvent.type(screen.getByLabelText('Month'), '1');
    await userEvent.type(screen.getByLabelText('Year'), String(new Date().getFullYear() + 1));
    await userEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The date consent was given must be today or in the past');
  });
});
