import { describe, expect, it } from 'vitest';
import { surveyQuestions } from '@/lib/survey-questions';
import {
  emptySurveyAnswers,
  firstUnansweredPath,
  isSurveySatisfaction,
  isSurveyScore,
  nextPath,
  previousPath,
  surveyQuestionCount,
  toAnswerSurveyRequest,
  type SurveyAnswers,
} from './survey-answers';

const complete: SurveyAnswers = {
  scores: { occupation: 2, control: 1, selfCare: 0, safety: 2, socialParticipation: 1, encouragement: 0 },
  satisfaction: 'quiteSatisfied',
};

describe('the carers’ survey', () => {
  it('asks the six quality-of-life items, then satisfaction, one a page', () => {
    expect(surveyQuestionCount).toBe(7);
    expect(surveyQuestions.map((question) => question.item)).toEqual(['occupation', 'control', 'selfCare', 'safety', 'socialParticipation', 'encouragement']);
    expect(surveyQuestions[0]?.statements[2]).toBe('I’m able to spend my time as I want, doing things I value or enjoy');
  });

  it('goes through the questions in order, and back to the start from the first', () => {
    expect(nextPath('your-time', emptySurveyAnswers, false)).toBe('/survey/control');
    expect(nextPath('encouragement-and-support', emptySurveyAnswers, false)).toBe('/survey/satisfaction');
    expect(nextPath('satisfaction', complete, false)).toBe('/survey/check-answers');
    expect(previousPath('your-time')).toBe('/survey');
    expect(previousPath('satisfaction')).toBe('/survey/encouragement-and-support');
  });

  it('goes back to check answers after a change once everything is answered', () => {
    expect(nextPath('control', complete, true)).toBe('/survey/check-answers');
    expect(nextPath('control', { ...complete, satisfaction: '' }, true)).toBe('/survey/looking-after-yourself');
  });

  it('sends every answer, and nothing until all seven are given', () => {
    expect(toAnswerSurveyRequest(complete)).toEqual({
      occupation: 2,
      control: 1,
      selfCare: 0,
      safety: 2,
      socialParticipation: 1,
      encouragement: 0,
      satisfaction: 'quiteSatisfied',
    });
    expect(toAnswerSurveyRequest({ ...complete, scores: { ...complete.scores, safety: undefined } })).toBeNull();
    expect(toAnswerSurveyRequest({ ...complete, satisfaction: '' })).toBeNull();
  });

  it('finds the first question not answered', () => {
    expect(firstUnansweredPath(emptySurveyAnswers)).toBe('/survey/your-time');
    expect(firstUnansweredPath({ ...complete, satisfaction: '' })).toBe('/survey/satisfaction');
    expect(firstUnansweredPath(complete)).toBeNull();
  });

  it('takes only the contract’s scores and satisfaction codes', () => {
    expect(['0', '1', '2', '3', '-1', ''].filter(isSurveyScore)).toEqual(['0', '1', '2']);
    expect(isSurveySatisfaction('notReceivedSupport')).toBe(true);
    expect(isSurveySatisfaction('delighted')).toBe(false);
    expect(isSurveySatisfaction('toString')).toBe(false);
  });
});
