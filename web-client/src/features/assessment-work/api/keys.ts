/** Query keys of the assessors' views of assessments (this feature alone reads them). */
export const assessmentWorkKeys = {
  all: ['assessments'] as const,
  queue: (queue: string, cursor: string | undefined) => ['assessments', 'queue', queue, cursor ?? null] as const,
  one: (assessmentId: string) => ['assessments', 'one', assessmentId] as const,
};
