/** The staff's carers' survey pages. */
export const surveyWorkPaths = {
  years: '/survey-years',
  open: '/survey-years/open',
  close: (financialYear: number) => `/survey-years/${financialYear}/close`,
  results: (financialYear: number) => `/survey-years/${financialYear}/results`,
};
