import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { GpWorklistRoute } from './gp-worklist';

// The app's API client calls the global fetch; the stub goes in before anything is imported.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

afterEach(() => fetchMock.mockReset());

function renderWorklist() {
  render(
    <AppProvider>
      <MemoryRouter initialEntries={['/gp-worklist']}>
        <GpWorklistRoute />
      </MemoryRouter>
    </AppProvider>,
  );
}

describe('GP worklist', () => {
  // CI once saw two "GP worklist" headings: the page's own and the loading state's.
  it('has one h1 while the worklist loads, with the loading status under it', () => {
    fetchMock.mockImplementation(() => new Promise<Response>(() => undefined));
    renderWorklist();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('has one h1 once the worklist has loaded', async () => {
    fetchMock.mockImplementation(() =>
      Promise.resolve(new Response(JSON.stringify({ items: [], nextCursor: null }), { headers: { 'Content-Type': 'application/json' } })),
    );
    renderWorklist();
    expect(await screen.findByText('No one is awaiting contact.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
