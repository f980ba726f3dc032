import { SummaryCard, SummaryList, type SummaryListAction } from '@/components/govuk/summary-list';
import type { AssessmentKind, SelfAssessmentAnswers } from '@/lib/api/types';
import { answerText, sectionsFor, type Question } from '@/lib/assessment-questions';

/** The self-assessment's answers, a summary card per task list section (check answers, and the assessor's view). */
export function AnswersSummary({
  kind,
  answers,
  changeLink,
}: {
  kind: AssessmentKind;
  answers: SelfAssessmentAnswers;
  /** Where a question's Change link goes; none for a read-only view. */
  changeLink?: (question: Question) => string;
}) {
  return (
    <>
      {sectionsFor(kind).map((section) => (
        <SummaryCard title={section.title} key={section.id}>
          <SummaryList
            rows={section.questions.map((question) => {
              const actions: SummaryListAction[] = changeLink ? [{ to: changeLink(question), text: 'Change', visuallyHiddenText: question.title.toLowerCase() }] : [];
              return { key: question.title, value: <span className="app-preserve-lines">{answerText(answers, question)}</span>, actions };
            })}
          />
        </SummaryCard>
      ))}
    </>
  );
}
