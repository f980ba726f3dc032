/** The carer's break pages. */
export const breakPaths = {
  list: '/breaks',
  who: '/breaks/ask',
  type: '/breaks/ask/type',
  emergency: '/breaks/ask/emergency',
  when: '/breaks/ask/when',
  howLong: '/breaks/ask/how-long',
  check: '/breaks/ask/check-answers',
  done: '/breaks/ask/confirmation',
  cancel: (breakId: string) => `/breaks/${breakId}/cancel`,
};
