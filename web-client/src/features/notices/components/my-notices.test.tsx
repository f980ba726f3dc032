import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/i18n';
import type { CarerNotice } from '@/lib/api/types';
import { MyNotices } from './my-notices';

// The app's API client calls the global fetch; the stub goes in before anything is imported.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

afterEach(() => fetchMock.mockReset());

const notice = (overrides: Partial<CarerNotice>): CarerNotice => ({
  id: crypto.randomUUID(),
  kind: 'grantApproved',
  channel: 'email',
  format: 'standard',
  language: 'en',
  subject: 'Your carers grant is approved',
  body: 'We have approved your grant of £250.\nIt will be paid within 10 working days.',
  status: 'sent',
  failureReason: null,
  createdAt: '2026-11-30T10:00:00Z',
  sentAt: '2026-11-30T10:01:00Z',
  ...overrides,
});

function answer(items: CarerNotice[], nextCursor: string | null = null) {
  fetchMock.mockImplementation(() => Promise.resolve(new Response(JSON.stringify({ items, nextCursor }), { headers: { 'Content-Type': 'application/json' } })));
}

function renderNotices() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/home']}>
        <MyNotices />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('MyNotices', () => {
  it('lists each notice with how and when it was sent, and its words', async () => {
    answer([notice({}), notice({ subject: 'Your break is confirmed', body: 'Your break on 5 December is confirmed.', status: 'undeliverable', channel: undefined, sentAt: null })]);
    renderNotices();
    expect(await screen.findByText('Your carers grant is approved')).toBeInTheDocument();
    expect(screen.getByText('Sent by email on 30 November 2026')).toBeInTheDocument();
    expect(screen.getByText(/We have approved your grant of £250/)).toBeInTheDocument();
    expect(screen.getByText('Not sent: we do not have a way to reach you. Check your contact details.')).toBeInTheDocument();
    const request = fetchMock.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/me/notices');
  });

  it('pages through older messages with the cursor the API gave', async () => {
    answer([notice({})], 'next-page-cursor');
    renderNotices();
    await userEvent.click(await screen.findByRole('link', { name: 'Older messages' }));
    await screen.findByText('Your carers grant is approved');
    const lastRequest = fetchMock.mock.calls.at(-1)![0];
    expect(new URL(lastRequest.url).searchParams.get('cursor')).toBe('next-page-cursor');
    expect(await screen.findByRole('link', { name: 'Newer messages' })).toBeInTheDocument();
  });

  it('says so when nothing has been sent', async () => {
    answer([]);
    renderNotices();
    expect(await screen.findByText('We have not sent you any messages yet.')).toBeInTheDocument();
  });

  it('says how it was sent in the pages’ language', async () => {
    await i18n.changeLanguage('pl');
    await i18n.loadNamespaces('home');
    answer([notice({ channel: 'letter' })]);
    renderNotices();
    expect(await screen.findByText(/Wysłano \(list\) dnia/)).toBeInTheDocument();
  });
});
