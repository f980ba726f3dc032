import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterCarerByStaff } from './register-carer-by-staff';

// The app's API client calls the global fetch; the stub goes in before anything is imported.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

afterEach(() => fetchMock.mockReset());

function renderPage(onRegistered = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <RegisterCarerByStaff fromGpNhsNumber="9434765919" onRegistered={onRegistered} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onRegistered;
}

async function fillIn() {
  await userEvent.type(screen.getByLabelText('First name'), 'Gita');
  await userEvent.type(screen.getByLabelText('Last name'), 'Sampleford');
  await userEvent.type(screen.getByLabelText('Day'), '12');
  await userEvent.type(screen.getByLabelText('Month'), '4');
  await userEvent.type(screen.getByLabelText('Year'), '1961');
  await userEvent.type(screen.getByLabelText('Postcode'), 'LU2 9AB');
  await userEvent.type(screen.getByLabelText('Phone number (optional)'), '01582 765432');
  await userEvent.click(screen.getByLabelText('Phone call'));
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
}

const problem = (body: object) =>
  new Response(JSON.stringify({ status: 409, title: 'This person may already have a record.', ...body }), {
    status: 409,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('RegisterCarerByStaff', () => {
  it('fills in the NHS number the GP flagged and checks the answers before sending', async () => {
    renderPage();
    expect(screen.getByLabelText('NHS number (optional)')).toHaveValue('943 476 5919');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter their date of birth');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows probable matches, and registering anyway sends registerAnyway', async () => {
    fetchMock.mockResolvedValueOnce(problem({ candidates: [{ id: 'c1', givenName: 'Gita', familyName: 'Sampleford', dateOfBirth: '1961-04-12', postcode: 'LU2 9AB' }] }));
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id: 'new', givenName: 'Gita', familyName: 'Sampleford' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    const onRegistered = renderPage();
    await fillIn();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check the carer’s details before registering them');
    await userEvent.click(screen.getByRole('button', { name: 'Register carer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This person may already have a record' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gita Sampleford, born 1961-04-12, LU2 9AB' })).toHaveAttribute('href', '/carers/c1');
    await userEvent.click(screen.getByRole('button', { name: 'Register anyway' }));

    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled(), { timeout: 5000 });
    const second = fetchMock.mock.calls[1]![0];
    expect(await second.json()).toMatchObject({ nhsNumber: '9434765919', registerAnyway: true, postcode: 'LU2 9AB' });
  });

  it('points at the record that holds the NHS number', async () => {
    fetchMock.mockResolvedValueOnce(problem({ title: 'Another record already has this NHS number.', existingCarerId: 'held' }));
    renderPage();
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Register carer' }));
    expect(await screen.findByRole('link', { name: 'Open the record that has this NHS number' })).toHaveAttribute('href', '/carers/held');
    expect(screen.queryByRole('button', { name: 'Register anyway' })).not.toBeInTheDocument();
  });
});
