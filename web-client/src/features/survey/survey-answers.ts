import type { AnswerSurveyRequest, SurveyItem, SurveySatisfaction } from '@/lib/api/types';
import { satisfactionLabels, surveyQuestions, type SurveyScore } from '@/lib/survey-questions';
import { surveyPaths } from './paths';

/** What the carer has answered so far, kept in the page until sent. */
export type SurveyAnswers = { scores: Partial<Record<SurveyItem, SurveyScore>>; satisfaction: SurveySatisfaction | '' };

export const emptySurveyAnswers: SurveyAnswers = { scores: {}, satisfaction: '' };

export const satisfactionSlug = 'satisfaction';

/** Every page's slug in order: the six items, then satisfaction. */
export const surveySlugs: readonly string[] = [...surveyQuestions.map((question) => question.slug), satisfactionSlug];

export const surveyQuestionCount = surveySlugs.length;

export function isSurveyScore(value: string): value is `${SurveyScore}` {
  return value === '0' || value === '1' || value === '2';
}

export function isSurveySatisfaction(value: string): value is SurveySatisfaction {
  return Object.hasOwn(satisfactionLabels, value);
}

/** Where Continue goes: back to check answers when changing an answer or when everything is answered, else the next question. */
export function nextPath(slug: string, answers: SurveyAnswers, changing: boolean): string {
  if (changing && toAnswerSurveyRequest(answers)) return surveyPaths.check;
  const index = surveySlugs.indexOf(slug);
  const next = surveySlugs[index + 1];
  return next ? surveyPaths.question(next) : surveyPaths.check;
}

/** Where Back goes: the previous question, or the start page from the first. */
export function previousPath(slug: string): string {
  const index = surveySlugs.indexOf(slug);
  const previous = index > 0 ? surveySlugs[index - 1] : undefined;
  return previous ? surveyPaths.question(previous) : surveyPaths.start;
}

/** The first question not yet answered, for check answers reached too early. */
export function firstUnansweredPath(answers: SurveyAnswers): string | null {
  const item = surveyQuestions.find((question) => answers.scores[question.item] === undefined);
  if (item) return surveyPaths.question(item.slug);
  return answers.satisfaction ? null : surveyPaths.question(satisfactionSlug);
}

/** AnswerSurvey's body once all seven questions are answered. */
export function toAnswerSurveyRequest(answers: SurveyAnswers): AnswerSurveyRequest | null {
  const { occupation, control, selfCare, safety, socialParticipation, encouragement } = answers.scores;
  if (
    occupation === undefined ||
    control === undefined ||
    selfCare === undefined ||
    safety === undefined ||
    socialParticipation === undefined ||
    encouragement === undefined ||
    !answers.satisfaction
  ) {
    return null;
  }
  return { occupation, control, selfCare, safety, socialParticipation, encouragement, satisfaction: answers.satisfaction };
}
