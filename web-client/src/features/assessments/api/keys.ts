/** Query keys of the carer's own assessments (this feature alone reads them). */
export const assessmentKeys = {
  all: ['me', 'assessments'] as const,
  one: (assessmentId: string) => ['me', 'assessments', assessmentId] as const,
};
