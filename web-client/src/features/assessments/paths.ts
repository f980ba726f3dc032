/** The carer's assessment pages. */
export const assessmentPaths = {
  home: '/your-assessment',
  start: '/your-assessment/start',
  question: (assessmentId: string, questionId: string, fromCheck = false) =>
    `/your-assessment/${assessmentId}/${questionId}${fromCheck ? '?change=1' : ''}`,
  checkAnswers: (assessmentId: string) => `/your-assessment/${assessmentId}/check-answers`,
  decline: (assessmentId: string) => `/your-assessment/${assessmentId}/decline`,
};

export const answerMaxLength = 2000;
