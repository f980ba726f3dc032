import { SummaryCard, SummaryList, type SummaryListAction } from '@/components/govuk/summary-list';
import type { AssessmentKind, SelfAssessmentAnswers } from '@/lib/api/types';
import { sectionsFor, type Question } from '@/lib/assessment-questions';
import { useAssessmentWords } from './assessment-words';

/** The self-assessment's answers, a summary card per task list section (check answers, and the assessor's view). */
export function AnswersSummary({
  kind,
  answers,
  changeLink,
  forCarer = false,
}: {
  kind: AssessmentKind;
  answers: SelfAssessmentAnswers;
  /** Where a question's Change link goes; none for a read-only view. */
  changeLink?: (question: Question) => string;
  /** On the carer's own pages: in their language (the assessor's view stays in English). */
  forCarer?: boolean;
}) {
  const { t, questionTitle, sectionTitle, answerWords } = useAssessmentWords(forCarer);
  return (
    <>
      {sectionsFor(kind).map((section) => (
        <SummaryCard title={sectionTitle(section)} key={section.id}>
          <SummaryList
            rows={section.questions.map((question) => {
              const title = questionTitle(question);
              const actions: SummaryListAction[] = changeLink ? [{ to: changeLink(question), text: t('answers.change'), visuallyHiddenText: title.toLocaleLowerCase() }] : [];
              return { key: title, value: <span className="app-preserve-lines">{answerWords(answers, question)}</span>, actions };
            })}
          />
        </SummaryCard>
      ))}
    </>
  );
}
