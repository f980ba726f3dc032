/** The carer's survey pages: a start page, one page a question, check answers, confirmation. */
export const surveyPaths = {
  start: '/survey',
  question: (slug: string) => `/survey/${slug}`,
  check: '/survey/check-answers',
  done: '/survey/confirmation',
};
