import type { AssessmentQueueName } from '@/lib/api/types';

export const assessmentWorkPaths = {
  queue: (queue: AssessmentQueueName = 'unallocated') => `/assessments?queue=${queue}`,
  assessment: (assessmentId: string) => `/assessments/${assessmentId}`,
  complete: (assessmentId: string) => `/assessments/${assessmentId}/record`,
  assessmentRecord: (assessmentId: string) => `/assessments/${assessmentId}/assessment-record`,
  youngCarerDecision: (assessmentId: string) => `/assessments/${assessmentId}/young-carer-decision`,
  supportPlan: (assessmentId: string) => `/assessments/${assessmentId}/support-plan`,
  review: (assessmentId: string) => `/assessments/${assessmentId}/review`,
};

export const queueLabels: Record<AssessmentQueueName, string> = {
  newRequests: 'New requests',
  unallocated: 'Unallocated',
  overdue: 'Overdue',
  reviewsDue: 'Reviews due',
  reviewsOverdue: 'Reviews overdue',
  reoffersDue: 'Re-offers due',
};

export const queueNames = Object.keys(queueLabels) as AssessmentQueueName[];

export function isQueueName(value: string | null): value is AssessmentQueueName {
  return value !== null && (queueNames as string[]).includes(value);
}
