import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RegistrationProvider } from '../registration-context';
import { loadAnswers } from '../registration-answers';
import { WhoPage } from './who-page';

function renderJourney(initialPath: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/register',
        element: (
          <RegistrationProvider subject="test-subject">
            <Outlet />
          </RegistrationProvider>
        ),
        children: [
          { path: 'who', element: <WhoPage /> },
          { path: 'name', element: <h1>What is your name?</h1> },
          { path: 'check-answers', element: <h1>Check your answers</h1> },
        ],
      },
    ],
    { initialEntries: [initialPath] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('Who are you registering?', () => {
  it('shows the error summary and the inline error when nothing is chosen', async () => {
    renderJourney('/register/who');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select who you are registering');
    expect(screen.getByRole('link', { name: 'Select who you are registering' })).toHaveAttribute('href', '#registeringAs');
    expect(screen.getByRole('group', { name: 'Who are you registering?' })).toHaveAccessibleDescription(
      /Error: Select who you are registering/,
    );
    expect(document.title).toBe('Error: Who are you registering? - Luton Carers');
  });

  it('keeps the answer and goes to the next question', async () => {
    const router = renderJourney('/register/who');
    await userEvent.click(screen.getByLabelText('A young carer I am the parent or guardian of'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(router.state.location.pathname).toBe('/register/name');
    expect(loadAnswers('test-subject').registeringAs).toBe('parentOfYoungCarer');
  });

  it('goes back to check your answers after a change', async () => {
    const router = renderJourney('/register/who?change=true');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/register/check-answers');
    await userEvent.click(screen.getByLabelText('Myself'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    // Other questions are unanswered, so the journey goes to the first of them.
    expect(router.state.location.pathname).toBe('/register/name');
    expect(router.state.location.search).toBe('?change=true');
  });
});
