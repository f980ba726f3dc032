import { describe, expect, it } from 'vitest';
import { allAnswered, answerText, findQuestion, firstQuestionToAnswer, sectionsFor, sectionStatus, withAnswer } from './assessment-questions';

describe('the self-assessment task list', () => {
  const adult = sectionsFor('adult');
  const about = adult[0]!;

  it('has the adult sections, and the young carer’s sections for a young carer', () => {
    expect(adult.map((section) => section.title)).toEqual([
      'About your caring',
      'Your health',
      'The things you want to be able to do',
      'Work, education, training and leisure',
      'What you want to change',
    ]);
    expect(sectionsFor('youngCarer').map((section) => section.id)).toContain('young-carers-caring');
    expect(sectionsFor('youngCarer').flatMap((section) => section.questions).map((q) => q.id)).toContain('differences-of-opinion');
  });

  it('derives each section’s status from the answers', () => {
    expect(sectionStatus({}, about)).toBe('notStarted');
    expect(sectionStatus({ aboutYourCaring: 'I care for my dad' }, about)).toBe('inProgress');
    expect(sectionStatus({ aboutYourCaring: '   ' }, about)).toBe('notStarted');
    expect(sectionStatus({ aboutYourCaring: 'x', ableAndWillingToCareNow: false, ableAndWillingToCareInFuture: true }, about)).toBe('completed');
  });

  it('counts an outcome as answered only with a reason when the carer is unable', () => {
    const outcomes = adult[2]!;
    const first = outcomes.questions[0]!;
    expect(sectionStatus({ outcomes: { caringForAChild: { ability: 'unable' } } }, outcomes)).toBe('notStarted');
    const answers = withAnswer({}, first, { ability: 'unable', reason: ' No time ' });
    expect(answers.outcomes?.caringForAChild).toEqual({ ability: 'unable', reason: 'No time' });
    expect(sectionStatus(answers, outcomes)).toBe('inProgress');
    expect(answerText(answers, first)).toBe('Not able to do this: No time');
    expect(withAnswer(answers, first, { ability: 'able', reason: 'ignored' }).outcomes?.caringForAChild).toEqual({ ability: 'able', reason: null });
  });

  it('sends the carer to the first question not yet answered', () => {
    expect(firstQuestionToAnswer({ aboutYourCaring: 'x' }, about).id).toBe('able-and-willing-now');
    expect(firstQuestionToAnswer({}, about).id).toBe('about-your-caring');
  });

  it('keeps other answers when one is saved, and knows when all are answered', () => {
    const question = findQuestion('adult', 'able-and-willing-now')!.question;
    const answers = withAnswer({ aboutYourCaring: 'x' }, question, true);
    expect(answers).toEqual({ aboutYourCaring: 'x', ableAndWillingToCareNow: true });
    expect(answerText(answers, question)).toBe('Yes');
    expect(allAnswered(answers, 'adult')).toBe(false);
    expect(findQuestion('adult', 'nope')).toBeUndefined();
  });
});
