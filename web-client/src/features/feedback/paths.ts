/** The carer's complaints and compliments pages. */
export const feedbackPaths = {
  list: '/feedback',
  kind: '/feedback/give',
  about: '/feedback/give/about',
  text: '/feedback/give/details',
  check: '/feedback/give/check-answers',
  done: '/feedback/give/confirmation',
  item: (feedbackId: string) => `/feedback/${feedbackId}`,
};
