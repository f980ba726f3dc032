/** English, bundled with the first page: the language every other falls back to. */
import common from '@/locales/en/common.json';
import home from '@/locales/en/home.json';
import registration from '@/locales/en/registration.json';
import details from '@/locales/en/details.json';
import people from '@/locales/en/people.json';
import assessment from '@/locales/en/assessment.json';
import grants from '@/locales/en/grants.json';
import breaks from '@/locales/en/breaks.json';
import emergencyPlans from '@/locales/en/emergencyPlans.json';
import directory from '@/locales/en/directory.json';
import feedback from '@/locales/en/feedback.json';
import survey from '@/locales/en/survey.json';

export const english = { common, home, registration, details, people, assessment, grants, breaks, emergencyPlans, directory, feedback, survey };
