import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { saveSession } from '@/lib/auth/session';
import { gradeLevel, readingAgeNineGrade, readingCounts, visibleTextBlocks } from '@/testing/readability';
import { HomeRoute, ServiceStartPage } from './home';

function renderHome() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <HomeRoute /> },
      { path: '/sign-in', element: <h1>Sign in to Luton Carers</h1> },
      { path: '/directory', element: <h1>Find local help for carers</h1> },
      { path: '*', element: <h1>Somewhere else</h1> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

function signedInAs(role: string) {
  saveSession({
    accessToken: 'token',
    expiresAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
    role,
    subject: 'someone',
    displayName: 'Someone',
  });
}

describe('Home (/)', () => {
  it('shows someone not signed in the start page', () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Do you look after someone?');
    expect(document.title).toBe('Do you look after someone? - Luton Carers');
    const start = screen.getByRole('button', { name: 'Start now' });
    expect(start).toHaveClass('govuk-button', 'govuk-button--start');
    expect(start).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Find local help for carers' })).toHaveAttribute('href', '/directory');
  });

  it('takes the start button to sign in', async () => {
    const router = renderHome();
    await userEvent.click(screen.getByRole('button', { name: 'Start now' }));
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it.each([
    ['Carer', '/home'],
    ['Staff.Assessor', '/carers'],
    ['Staff.GrantsOfficer', '/grant-applications'],
    ['Staff.EmergencyDuty', '/emergency-card'],
    ['Staff.DataProtection', '/data-protection'],
    ['Staff.Manager', '/staff'],
  ])('still sends someone signed in as %s to %s', (role, path) => {
    signedInAs(role);
    const router = renderHome();
    expect(router.state.location.pathname).toBe(path);
    expect(screen.queryByText('Do you look after someone?')).not.toBeInTheDocument();
  });
});

describe('The start page’s reading age', () => {
  it(`is about 9: a Flesch–Kincaid grade of ${readingAgeNineGrade} or lower`, () => {
    const { container } = render(
      <MemoryRouter>
        <ServiceStartPage />
      </MemoryRouter>,
    );
    const blocks = visibleTextBlocks(container);
    // The whole page is scored, from the heading to the last link, not a fragment of it.
    expect(blocks[0]).toBe('Do you look after someone?');
    expect(blocks).toContain('Start now');
    expect(blocks.at(-1)).toBe('Find local help for carers');
    const counts = readingCounts(blocks);
    expect(counts.word).toBeGreaterThan(200);
    expect(gradeLevel(blocks), `the start page's Flesch–Kincaid grade (${JSON.stringify(counts)})`).toBeLessThanOrEqual(readingAgeNineGrade);
  });

  it('would fail the same help written as a council letter', () => {
    const { container } = render(
      <p>
        If you provide unpaid support to a family member or friend, you may be entitled to a carer’s assessment. The local authority will
        consider the impact of your caring responsibilities on your wellbeing, and determine whether you have eligible needs.
      </p>,
    );
    // Grade 13 or so: a university reader's text.
    expect(gradeLevel(visibleTextBlocks(container))).toBeGreaterThan(readingAgeNineGrade + 5);
  });
});
