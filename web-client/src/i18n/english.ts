/**
 * English, the language every other falls back to. Only `common` (the layout, the switcher, the
 * words every page shares) is bundled with the first page; each other namespace comes in its own
 * chunk with the first lazy page (src/app/lazy-page.ts), so the first page stays within its budget
 * (decision 0039). The type of every file is here so that keys are checked (src/i18n/i18next.d.ts).
 */
import common from '@/locales/en/common.json';

export const bundledEnglish = { common };

export type English = {
  common: typeof common;
  reference: typeof import('@/locales/en/reference.json');
  validation: typeof import('@/locales/en/validation.json');
  home: typeof import('@/locales/en/home.json');
  registration: typeof import('@/locales/en/registration.json');
  details: typeof import('@/locales/en/details.json');
  people: typeof import('@/locales/en/people.json');
  assessment: typeof import('@/locales/en/assessment.json');
  grants: typeof import('@/locales/en/grants.json');
  breaks: typeof import('@/locales/en/breaks.json');
  emergencyPlans: typeof import('@/locales/en/emergencyPlans.json');
  directory: typeof import('@/locales/en/directory.json');
  feedback: typeof import('@/locales/en/feedback.json');
  survey: typeof import('@/locales/en/survey.json');
};
