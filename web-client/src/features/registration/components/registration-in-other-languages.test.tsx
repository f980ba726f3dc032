import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import { RegistrationProvider } from '../registration-context';
import { loadAnswers } from '../registration-answers';
import { DateOfBirthPage } from './date-of-birth-page';
import { LanguagePage } from './language-page';
import { WhoPage } from './who-page';

function renderStep(path: string, element: ReactNode) {
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
          { path: path.split('/').pop()!, element },
          { path: '*', element: <h1>Next</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('registration in another language', () => {
  it('asks in Polish, with the error summary, the inline error and the title in Polish', async () => {
    await i18n.changeLanguage('pl');
    renderStep('/register/who', <WhoPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kogo rejestrujesz?');
    await userEvent.click(screen.getByRole('button', { name: 'Dalej' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Wystąpił problem');
    expect(screen.getByRole('link', { name: 'Wybierz, kogo rejestrujesz' })).toHaveAttribute('href', '#registeringAs');
    expect(screen.getByRole('group', { name: 'Kogo rejestrujesz?' })).toHaveAccessibleDescription(/Błąd: Wybierz, kogo rejestrujesz/);
    expect(document.title).toBe('Błąd: Kogo rejestrujesz? - Luton Carers');
    expect(screen.getByRole('link', { name: 'Wstecz' })).toBeInTheDocument();
  });

  it('labels the date boxes and says what is missing in Urdu', async () => {
    await i18n.changeLanguage('ur');
    renderStep('/register/date-of-birth', <DateOfBirthPage />);
    expect(screen.getByLabelText('دن')).toBeInTheDocument();
    expect(screen.getByLabelText('مہینہ')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('سال'), '1980');
    await userEvent.click(screen.getByRole('button', { name: 'جاری رکھیں' }));
    expect(screen.getByRole('alert')).toHaveTextContent('تاریخ پیدائش میں دن اور مہینہ لکھیں');
  });

  it('starts the language question on the language the pages are in, and keeps an ISO 639-1 code', async () => {
    await i18n.changeLanguage('ro');
    const router = renderStep('/register/language', <LanguagePage />);
    expect(screen.getByRole('radio', { name: 'Română' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'اردو' })).toHaveAccessibleDescription(/urdu/i);
    await userEvent.click(screen.getByRole('radio', { name: 'Altă limbă' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continuați' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Alegeți limba în care doriți să vorbim cu dumneavoastră');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Ce limbă?' }), 'so');
    await userEvent.click(screen.getByRole('button', { name: 'Continuați' }));
    expect(router.state.location.pathname).not.toBe('/register/language');
    expect(loadAnswers('test-subject').preferredLanguage).toBe('so');
  });

  it('still reads English by default', () => {
    renderStep('/register/language', <LanguagePage />);
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });
});
