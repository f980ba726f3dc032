import { useTranslation } from 'react-i18next';
import type { SelfAssessmentAnswers } from '@/lib/api/types';
import { outcomeOf, type Question, type Section } from '@/lib/assessment-questions';

/**
 * The self-assessment's words from the `assessment` namespace: in the carer's language on the
 * carer's pages, always in English for staff (council staff work in English, decision 0038), so
 * the components shared with the assessor's view take `forCarer`.
 */
export function useAssessmentWords(forCarer = true) {
  const { t } = useTranslation('assessment', forCarer ? undefined : { lng: 'en' });

  function questionTitle(question: Question): string {
    if (question.kind === 'outcome') return t('questions.outcome.title', { outcome: t(`outcomes.${question.outcome}`) });
    return t(`questions.${question.id as QuestionId}.title`);
  }

  function questionHint(question: Question): string | undefined {
    if (question.kind === 'outcome') return t('questions.outcome.hint');
    return question.hint === undefined ? undefined : t(`questions.${question.id as TextQuestionId}.hint`);
  }

  const sectionTitle = (section: Section) => t(`sections.${section.id as SectionId}`);

  /** One question's answer in words, for check answers and the assessor's view. */
  function answerWords(answers: SelfAssessmentAnswers, question: Question): string {
    switch (question.kind) {
      case 'text':
        return (answers[question.field] ?? '').trim() || t('answers.notAnswered');
      case 'yesNo': {
        const value = answers[question.field];
        return value === true ? t('answers.yes') : value === false ? t('answers.no') : t('answers.notAnswered');
      }
      case 'outcome': {
        const finding = outcomeOf(answers, question.outcome);
        if (!finding?.ability) return t('answers.notAnswered');
        if (finding.ability === 'able') return t('answers.able');
        const reason = finding.reason?.trim();
        return reason ? t('answers.unableBecause', { reason }) : t('answers.unable');
      }
    }
  }

  return { t, questionTitle, questionHint, sectionTitle, answerWords };
}

type Questions = (typeof import('@/locales/en/assessment.json'))['questions'];
type QuestionId = Exclude<keyof Questions, 'outcome'>;
type TextQuestionId = { [K in QuestionId]: Questions[K] extends { hint: string } ? K : never }[QuestionId];
type SectionId = keyof (typeof import('@/locales/en/assessment.json'))['sections'];
