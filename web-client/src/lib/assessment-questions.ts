/**
 * The supported self-assessment's questions, one per page, grouped into the sections of its
 * GOV.UK task list. Both the carer's pages and the assessor's view of the answers read them, so
 * a question is worded the same for both.
 */
import type { AssessmentKind, CarerOutcome, OutcomeFinding, SelfAssessmentAnswers } from '@/lib/api/types';
import { carerOutcomeLabels } from '@/lib/reference-data';

type TextField = Exclude<
  keyof SelfAssessmentAnswers,
  'outcomes' | 'ableAndWillingToCareNow' | 'ableAndWillingToCareInFuture' | 'healthAtRisk'
>;
type YesNoField = 'ableAndWillingToCareNow' | 'ableAndWillingToCareInFuture' | 'healthAtRisk';

export type Question =
  | { id: string; kind: 'text'; field: TextField; title: string; hint: string }
  | { id: string; kind: 'yesNo'; field: YesNoField; title: string; hint?: string }
  | { id: string; kind: 'outcome'; outcome: CarerOutcome; title: string; hint?: string };

export type Section = { id: string; title: string; questions: Question[] };

export const carerOutcomes = Object.keys(carerOutcomeLabels) as CarerOutcome[];

const outcomeQuestions: Question[] = carerOutcomes.map((outcome) => ({
  id: `outcome-${outcome}`,
  kind: 'outcome',
  outcome,
  title: `${carerOutcomeLabels[outcome]}: are you able to do this?`,
  hint: 'Think about whether caring stops you, or whether you can only do it with a lot of pain, distress or anxiety, or by putting yourself or others at risk.',
}));

const aboutYourCaring: Section = {
  id: 'about-your-caring',
  title: 'About your caring',
  questions: [
    { id: 'about-your-caring', kind: 'text', field: 'aboutYourCaring', title: 'Tell us about the caring you do', hint: 'For example, who you care for, what you do for them and how many hours a week it takes.' },
    { id: 'able-and-willing-now', kind: 'yesNo', field: 'ableAndWillingToCareNow', title: 'Are you able and willing to keep caring now?' },
    { id: 'able-and-willing-in-future', kind: 'yesNo', field: 'ableAndWillingToCareInFuture', title: 'Will you be able and willing to keep caring in the future?' },
  ],
};

const youngCarersCaring: Section = {
  id: 'young-carers-caring',
  title: 'Your caring as a young carer',
  questions: [
    { id: 'amount-and-type-of-care', kind: 'text', field: 'amountAndTypeOfCare', title: 'How much care do you give, and what do you do?', hint: 'For example, cooking, cleaning, helping someone wash or take medicine, or looking after brothers and sisters.' },
    { id: 'family-reliance', kind: 'text', field: 'familyReliance', title: 'How much does your family rely on you?', hint: 'For example, whether anyone else helps, and what would happen if you could not help.' },
    { id: 'excessive-or-inappropriate-tasks', kind: 'text', field: 'excessiveOrInappropriateTasks', title: 'Is there anything you do that feels too much, or not right for someone your age?', hint: 'For example, lifting someone, personal care, or dealing with money or bills.' },
  ],
};

const yourHealth: Section = {
  id: 'your-health',
  title: 'Your health',
  questions: [
    { id: 'your-health', kind: 'text', field: 'yourHealth', title: 'How is your health?', hint: 'Tell us about your physical and mental health, and any conditions you have.' },
    { id: 'health-at-risk', kind: 'yesNo', field: 'healthAtRisk', title: 'Is caring making your health worse, or putting it at risk?' },
    { id: 'impact-on-wellbeing', kind: 'text', field: 'impactOnWellbeing', title: 'How does caring affect your wellbeing?', hint: 'For example, your sleep, stress, feeling lonely, money worries, or having no time for yourself.' },
  ],
};

const outcomesSection: Section = { id: 'outcomes', title: 'The things you want to be able to do', questions: outcomeQuestions };

const workEducation: Section = {
  id: 'work-education',
  title: 'Work, education, training and leisure',
  questions: [
    { id: 'work-education-training-leisure', kind: 'text', field: 'workEducationTrainingLeisure', title: 'Do you work, study, train or have time for leisure, or want to?', hint: 'Tell us what you do now and what you would like to do if caring allowed it.' },
  ],
};

const youngCarersSchool: Section = {
  id: 'young-carers-school',
  title: 'School and what you would like',
  questions: [
    { id: 'impact-on-education', kind: 'text', field: 'impactOnEducation', title: 'How does caring affect school, college or your friends?', hint: 'For example, being late, missing days, homework, or not being able to see friends.' },
    { id: 'young-carers-wishes', kind: 'text', field: 'youngCarersWishes', title: 'What would you like to happen?', hint: 'Tell us in your own words. There is no wrong answer.' },
    { id: 'differences-of-opinion', kind: 'text', field: 'differencesOfOpinionInFamily', title: 'Does anyone in your family see things differently?', hint: 'For example, about how much you should help. Write "no" if not.' },
  ],
};

const whatYouWantToChange: Section = {
  id: 'what-you-want-to-change',
  title: 'What you want to change',
  questions: [
    { id: 'what-you-want-to-change', kind: 'text', field: 'whatYouWantToChange', title: 'What would you like to change?', hint: 'Tell us what would make the biggest difference to you.' },
  ],
};

/** The task list's sections for an adult carer's assessment or a young carer's needs assessment. */
export function sectionsFor(kind: AssessmentKind): Section[] {
  return kind === 'youngCarer'
    ? [aboutYourCaring, youngCarersCaring, yourHealth, youngCarersSchool, whatYouWantToChange]
    : [aboutYourCaring, yourHealth, outcomesSection, workEducation, whatYouWantToChange];
}

export function findQuestion(kind: AssessmentKind, questionId: string): { section: Section; question: Question; index: number } | undefined {
  for (const section of sectionsFor(kind)) {
    const index = section.questions.findIndex((question) => question.id === questionId);
    if (index >= 0) return { section, question: section.questions[index]!, index };
  }
  return undefined;
}

export function outcomeOf(answers: SelfAssessmentAnswers, outcome: CarerOutcome): OutcomeFinding | undefined {
  return answers.outcomes?.[outcome];
}

export function isAnswered(answers: SelfAssessmentAnswers, question: Question): boolean {
  switch (question.kind) {
    case 'text':
      return (answers[question.field] ?? '').trim().length > 0;
    case 'yesNo':
      return typeof answers[question.field] === 'boolean';
    case 'outcome': {
      const finding = outcomeOf(answers, question.outcome);
      if (!finding?.ability) return false;
      return finding.ability === 'able' || (finding.reason ?? '').trim().length > 0;
    }
  }
}

export type SectionStatus = 'notStarted' | 'inProgress' | 'completed';

/** GOV.UK task list statuses: nothing answered, some answered, or every question answered. */
export function sectionStatus(answers: SelfAssessmentAnswers, section: Section): SectionStatus {
  const answered = section.questions.filter((question) => isAnswered(answers, question)).length;
  if (answered === 0) return 'notStarted';
  return answered === section.questions.length ? 'completed' : 'inProgress';
}

/** The first question of a section not answered yet (or its first), where its task list link goes. */
export function firstQuestionToAnswer(answers: SelfAssessmentAnswers, section: Section): Question {
  return section.questions.find((question) => !isAnswered(answers, question)) ?? section.questions[0]!;
}

export function allAnswered(answers: SelfAssessmentAnswers, kind: AssessmentKind): boolean {
  return sectionsFor(kind).every((section) => sectionStatus(answers, section) === 'completed');
}

/** One question's answer in words, for check answers and the assessor's view. */
export function answerText(answers: SelfAssessmentAnswers, question: Question): string {
  switch (question.kind) {
    case 'text':
      return (answers[question.field] ?? '').trim() || 'Not answered';
    case 'yesNo': {
      const value = answers[question.field];
      return value === true ? 'Yes' : value === false ? 'No' : 'Not answered';
    }
    case 'outcome': {
      const finding = outcomeOf(answers, question.outcome);
      if (!finding?.ability) return 'Not answered';
      if (finding.ability === 'able') return 'Able to do this';
      return `Not able to do this${finding.reason?.trim() ? `: ${finding.reason.trim()}` : ''}`;
    }
  }
}

/** The answers with one question's answer replaced: what SaveSelfAssessment is sent. */
export function withAnswer(
  answers: SelfAssessmentAnswers,
  question: Question,
  value: string | boolean | OutcomeFinding,
): SelfAssessmentAnswers {
  switch (question.kind) {
    case 'text':
      return { ...answers, [question.field]: typeof value === 'string' ? value.trim() : null };
    case 'yesNo':
      return { ...answers, [question.field]: typeof value === 'boolean' ? value : null };
    case 'outcome': {
      const finding = typeof value === 'object' ? value : {};
      const reason = finding.ability === 'unable' ? (finding.reason ?? '').trim() : null;
      return { ...answers, outcomes: { ...(answers.outcomes ?? {}), [question.outcome]: { ability: finding.ability, reason: reason || null } } };
    }
  }
}
