import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useAssessmentWords } from '@/components/assessment/assessment-words';
import { i18n } from '@/i18n/i18n';
import type { Assessment } from '@/lib/api/types';
import { sectionsFor } from '@/lib/assessment-questions';
import { formatDate } from '@/lib/validation/date';
import { AssessmentStatusPage } from './assessment-status-page';

const scheduled = {
  id: 'a1',
  carerId: 'c1',
  kind: 'adult',
  status: 'scheduled',
  selfAssessment: false,
  requestedAt: '2026-11-02T10:00:00Z',
  scheduledFor: '2026-12-14',
  answers: {},
  nextAssessmentKind: 'adult',
  history: [],
} as unknown as Assessment;

function QuestionWords({ language }: { language: 'carer' | 'staff' }) {
  const { questionTitle, sectionTitle } = useAssessmentWords(language === 'carer');
  const section = sectionsFor('adult')[0]!;
  return (
    <p>
      {sectionTitle(section)} / {questionTitle(section.questions[0]!)}
    </p>
  );
}

describe('the assessment in another language', () => {
  it('tells a carer in Urdu where their assessment stands, right to left, with the date written in Urdu', async () => {
    await i18n.changeLanguage('ur');
    render(
      <MemoryRouter>
        <AssessmentStatusPage assessment={scheduled} banner={null} />
      </MemoryRouter>,
    );
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ur');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('آپ کا جائزہ');
    const date = formatDate('2026-12-14');
    expect(date).not.toBe('14 December 2026');
    expect(screen.getByText(`آپ کا جائزہ ${date} کو طے ہے۔`)).toBeInTheDocument();
  });

  it('asks the questions in the carer’s language, but keeps them in English for the assessor', async () => {
    await i18n.changeLanguage('pl');
    render(
      <>
        <QuestionWords language="carer" />
        <QuestionWords language="staff" />
      </>,
    );
    expect(screen.getByText('O Twojej opiece / Opowiedz nam o opiece, którą sprawujesz')).toBeInTheDocument();
    expect(screen.getByText('About your caring / Tell us about the caring you do')).toBeInTheDocument();
  });

  it('words every question in the English file as the assessor’s view words it (the two cannot drift apart)', () => {
    function Check() {
      const { questionTitle, questionHint } = useAssessmentWords(false);
      const questions = [...sectionsFor('adult'), ...sectionsFor('youngCarer')].flatMap((section) => section.questions);
      const drifted = questions.filter((question) => questionTitle(question) !== question.title || questionHint(question) !== question.hint);
      return <p data-testid="drifted">{drifted.map((question) => question.id).join(', ')}</p>;
    }
    render(<Check />);
    expect(screen.getByTestId('drifted')).toHaveTextContent(/^$/);
  });
});
