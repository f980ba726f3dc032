/** The carer's information request pages. */
export const informationPaths = {
  list: '/information-requests',
  what: '/information-requests/ask',
  format: '/information-requests/ask/format',
  check: '/information-requests/ask/check-answers',
  done: '/information-requests/ask/confirmation',
};
