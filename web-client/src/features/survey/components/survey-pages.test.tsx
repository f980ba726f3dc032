import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MySurvey } from '@/lib/api/types';
import { emptySurveyAnswers, type SurveyAnswers } from '../survey-answers';
import { SurveyQuestionPage, SurveyStartPage, type SurveyContext } from './survey-pages';

const open: MySurvey = { open: true, financialYear: 2026, label: '2026/27', closesOn: '2027-03-31', answered: false };

function Harness({ survey }: { survey: MySurvey }) {
  const [answers, setAnswers] = useState<SurveyAnswers>(emptySurveyAnswers);
  return <Outlet context={{ survey, answers, setAnswers } satisfies SurveyContext} />;
}

function renderAt(path: string, survey: MySurvey = open) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/survey" element={<Harness survey={survey} />}>
          <Route index element={<SurveyStartPage />} />
          <Route path=":slug" element={<SurveyQuestionPage />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('the carer’s survey pages', () => {
  it('invites the carer while open, says they will not see their answers again, and gives the closing date', () => {
    renderAt('/survey');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tell us how we are doing');
    expect(screen.getByText(/Once you send your answers, you cannot see or change them/)).toBeInTheDocument();
    expect(screen.getByText(/open until 31 March 2027/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start now' })).toHaveAttribute('href', '/survey/your-time');
  });

  it('thanks a carer who has answered instead of offering it again', () => {
    renderAt('/survey', { ...open, answered: true });
    expect(screen.getByText('You have answered this year’s carers’ survey. Thank you for taking part.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start now' })).not.toBeInTheDocument();
  });

  it('asks one question a page, its three statements best first, and says when none is chosen', async () => {
    renderAt('/survey/control');
    const legend = screen.getByRole('group', { name: /how much control you have over your daily life/ });
    expect(legend).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('.govuk-radios__item')?.textContent)).toEqual([
      'I have as much control over my daily life as I want',
      'I have some control over my daily life but not enough',
      'I have no control over my daily life',
    ]);
    expect(screen.getByText('Question 2 of 7')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'Select the statement that is closest to how things are for you' })).toHaveAttribute('href', '#answer');
  });

  it('offers “not received any support” apart from the seven points', () => {
    renderAt('/survey/satisfaction');
    expect(screen.getAllByRole('radio')).toHaveLength(8);
    expect(screen.getByText('or')).toHaveClass('govuk-radios__divider');
  });
});
