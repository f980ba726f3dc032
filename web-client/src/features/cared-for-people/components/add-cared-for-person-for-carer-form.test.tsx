import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddCaredForPersonForCarerForm } from './add-cared-for-person-for-carer-form';

// The app's API client keeps the fetch it was made with, so the stub goes in before it is imported.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

afterEach(() => fetchMock.mockReset());

const carerId = '7d1c2a52-1111-4a0e-9a55-1b6f0b7e3c01';

function renderForm(onAdded = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <AddCaredForPersonForCarerForm carerId={carerId} carerName="Sam Sampleford" backTo={`/carers/${carerId}`} onAdded={onAdded} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onAdded;
}

async function fillIn() {
  await userEvent.type(screen.getByLabelText('First name'), 'Maureen');
  await userEvent.type(screen.getByLabelText('Last name'), 'Sampleford');
  await userEvent.type(screen.getByLabelText('What is their NHS number? (optional)'), '943 476 5919');
  await userEvent.type(screen.getByLabelText('What is their postcode?'), 'lu2 9ab');
  await userEvent.click(screen.getByLabelText('Parent'));
  await userEvent.click(screen.getByLabelText('Dementia or memory problems'));
  await userEvent.type(screen.getByLabelText('How many hours of care does the carer give them in a typical week?'), '20');
  await userEvent.click(screen.getByLabelText('No'));
  const started = screen.getByRole('group', { name: 'When did the carer start caring for them?' });
  const [day, month, year] = ['Day', 'Month', 'Year'].map((part) => started.querySelector<HTMLInputElement>(`input[name$="${part.toLowerCase()}"]`)!);
  await userEvent.type(day!, '1');
  await userEvent.type(month!, '6');
  await userEvent.type(year!, '2019');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
}

const json = (status: number, body: object, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

// Typing a whole form takes a few seconds on a busy machine.
describe('AddCaredForPersonForCarer', { timeout: 20_000 }, () => {
  it('asks staff about the carer, not about themselves, and sends nothing until the answers are complete', async () => {
    const onAdded = renderForm();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Add someone they care for');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Select who they are to the carer');
    expect(summary).toHaveTextContent('Enter how many hours of care the carer gives in a week');
    expect(summary).toHaveTextContent('Enter when the carer started caring for them');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onAdded).not.toHaveBeenCalled();
  });

  it('sends the answers to the carer’s record and reports the person added', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { relationshipId: 'r1', givenName: 'Maureen', familyName: 'Sampleford' }));
    const onAdded = renderForm();
    await fillIn();

    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledWith('Maureen Sampleford'));
    const request = fetchMock.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe(`/api/carers/${carerId}/cared-for-people`);
    expect(await request.json()).toMatchObject({
      givenName: 'Maureen',
      nhsNumber: '9434765919',
      postcode: 'LU2 9AB',
      relationship: 'parent',
      hoursPerWeek: 20,
      livesWithCarer: false,
      startedOn: '2019-06-01',
    });
  });

  it('shows the API’s field errors in the error summary and beside the field', async () => {
    fetchMock.mockResolvedValueOnce(
      json(400, { status: 400, title: 'One or more validation errors occurred.', errors: { postcode: ['The postcode must be in Luton'] } }, 'application/problem+json'),
    );
    const onAdded = renderForm();
    await fillIn();

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The postcode must be in Luton');
    expect(screen.getByRole('link', { name: 'The postcode must be in Luton' })).toHaveAttribute('href', '#postcode');
    expect(onAdded).not.toHaveBeenCalled();
  });

  it('says so when the carer is not there any more', async () => {
    fetchMock.mockResolvedValueOnce(json(404, { status: 404, title: 'There is no such carer.' }, 'application/problem+json'));
    const onAdded = renderForm();
    await fillIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such carer.');
    expect(onAdded).not.toHaveBeenCalled();
  });
});
