import type { SurveyAgeBand, SurveyItem, SurveySatisfaction } from '@/lib/api/types';

/** A quality-of-life answer: 2 is the best of the three statements, 0 the worst. */
export type SurveyScore = 0 | 1 | 2;

export type SurveyQuestion = {
  item: SurveyItem;
  /** The page's address under /survey. */
  slug: string;
  /** The question, as the national Survey of Adult Carers in England asks it. */
  question: string;
  /** The three statements, best (score 2) first. */
  statements: Record<SurveyScore, string>;
  /** What staff see in the results. */
  shortName: string;
};

/**
 * The six quality-of-life items of the national Survey of Adult Carers in England (the carer-reported
 * quality of life score, 0 to 12), in the national survey's order and words.
 */
export const surveyQuestions: readonly SurveyQuestion[] = [
  {
    item: 'occupation',
    slug: 'your-time',
    question: 'Which of the following statements best describes how you spend your time?',
    statements: {
      2: 'I’m able to spend my time as I want, doing things I value or enjoy',
      1: 'I do some of the things I value or enjoy with my time but not enough',
      0: 'I don’t do anything I value or enjoy with my time',
    },
    shortName: 'Doing things I value and enjoy',
  },
  {
    item: 'control',
    slug: 'control',
    question: 'Which of the following statements best describes how much control you have over your daily life?',
    statements: {
      2: 'I have as much control over my daily life as I want',
      1: 'I have some control over my daily life but not enough',
      0: 'I have no control over my daily life',
    },
    shortName: 'Control over my daily life',
  },
  {
    item: 'selfCare',
    slug: 'looking-after-yourself',
    question:
      'Thinking about how much time you have to look after yourself – in terms of getting enough sleep or eating well – which statement best describes your present situation?',
    statements: {
      2: 'I look after myself',
      1: 'Sometimes I can’t look after myself well enough',
      0: 'I feel I am neglecting myself',
    },
    shortName: 'Looking after myself',
  },
  {
    item: 'safety',
    slug: 'feeling-safe',
    question: 'Thinking about your personal safety, which of the statements below best describes your present situation?',
    statements: {
      2: 'I have no worries about my personal safety',
      1: 'I have some worries about my personal safety',
      0: 'I am extremely worried about my personal safety',
    },
    shortName: 'Feeling safe',
  },
  {
    item: 'socialParticipation',
    slug: 'social-contact',
    question: 'Thinking about how much social contact you’ve had with people you like, which of the following statements best describes your social situation?',
    statements: {
      2: 'I have as much social contact as I want with people I like',
      1: 'I have some social contact with people but not enough',
      0: 'I have little social contact with people and feel socially isolated',
    },
    shortName: 'Social contact',
  },
  {
    item: 'encouragement',
    slug: 'encouragement-and-support',
    question: 'Thinking about encouragement and support in your caring role, which of the following statements best describes your present situation?',
    statements: {
      2: 'I feel I have encouragement and support',
      1: 'I feel I have some encouragement and support but not enough',
      0: 'I feel I have no encouragement or support',
    },
    shortName: 'Encouragement and support',
  },
];

export const satisfactionQuestion =
  'Overall, how satisfied or dissatisfied are you with the support or services you and the person you care for have received from the council in the last 12 months?';

/** The seven points, most satisfied first, then no support received. */
export const satisfactionLabels: Record<SurveySatisfaction, string> = {
  extremelySatisfied: 'I am extremely satisfied',
  verySatisfied: 'I am very satisfied',
  quiteSatisfied: 'I am quite satisfied',
  neitherSatisfiedNorDissatisfied: 'I am neither satisfied nor dissatisfied',
  quiteDissatisfied: 'I am quite dissatisfied',
  veryDissatisfied: 'I am very dissatisfied',
  extremelyDissatisfied: 'I am extremely dissatisfied',
  notReceivedSupport: 'We haven’t received any support or services from the council in the last 12 months',
};

/** The same answers as staff read them in the results. */
export const satisfactionStaffLabels: Record<SurveySatisfaction, string> = {
  extremelySatisfied: 'Extremely satisfied',
  verySatisfied: 'Very satisfied',
  quiteSatisfied: 'Quite satisfied',
  neitherSatisfiedNorDissatisfied: 'Neither satisfied nor dissatisfied',
  quiteDissatisfied: 'Quite dissatisfied',
  veryDissatisfied: 'Very dissatisfied',
  extremelyDissatisfied: 'Extremely dissatisfied',
  notReceivedSupport: 'Not received any support',
};

export const ageBandLabels: Record<SurveyAgeBand, string> = {
  under18: 'Under 18',
  from18To25: '18 to 25',
  from26To64: '26 to 64',
  from65: '65 and over',
};

/** "2026 to 2027" for the financial year starting in 2026. */
export function surveyYearInWords(financialYear: number): string {
  return `${financialYear} to ${financialYear + 1}`;
}
