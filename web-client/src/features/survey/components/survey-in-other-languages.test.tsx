import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import type { MySurvey } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';
import { emptySurveyAnswers, type SurveyAnswers } from '../survey-answers';
import { SurveyQuestionPage, SurveyStartPage, type SurveyContext } from './survey-pages';

const open: MySurvey = { open: true, financialYear: 2026, label: '2026/27', closesOn: '2027-03-31', answered: false };

function Harness() {
  const [answers, setAnswers] = useState<SurveyAnswers>(emptySurveyAnswers);
  return <Outlet context={{ survey: open, answers, setAnswers } satisfies SurveyContext} />;
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/survey" element={<Harness />}>
          <Route index element={<SurveyStartPage />} />
          <Route path=":slug" element={<SurveyQuestionPage />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('the survey in another language', () => {
  it('invites a carer in Romanian, with the closing date written in Romanian', async () => {
    await i18n.changeLanguage('ro');
    renderAt('/survey');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Spuneți-ne cum ne descurcăm');
    expect(formatDate('2027-03-31')).not.toBe('31 March 2027');
    expect(screen.getByText(`Chestionarul pentru 2026–2027 este deschis până pe ${formatDate('2027-03-31')}.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Începeți acum' })).toHaveAttribute('href', '/survey/your-time');
  });

  it('asks the national survey’s questions in Bengali', async () => {
    await i18n.changeLanguage('bn');
    renderAt('/survey/your-time');
    expect(screen.getByRole('group', { name: 'নিচের কোন কথাটি আপনি কীভাবে সময় কাটান তা সবচেয়ে ভালোভাবে বলে?' })).toBeInTheDocument();
    expect(screen.getByText('প্রশ্ন 1 / 7')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'আমি কিছু মূল্যবান বা উপভোগ্য কাজ করি, কিন্তু যথেষ্ট নয়' })).toBeInTheDocument();
  });
});
