import type { FeedbackItem } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';

/** Where a complaint stands, in one line the carer can read beside its status. */
export function nextStepText(item: FeedbackItem): string {
  if (item.kind === 'compliment') return 'Passed on';
  if (item.status === 'received') return item.acknowledgeBy ? `We will acknowledge it by ${formatDate(item.acknowledgeBy)}` : '';
  if (item.status === 'acknowledged') return item.responseDueOn ? `We will answer by ${formatDate(item.responseDueOn)}` : '';
  return item.respondedAt ? `Answered ${formatDate(item.respondedAt)}` : '';
}

export type Step = { key: string; value: string };

/** A complaint's steps with their dates, in order: what has happened and what is due. */
export function complaintSteps(item: FeedbackItem): Step[] {
  const steps: Step[] = [{ key: 'Received', value: formatDate(item.receivedAt) }];
  steps.push(
    item.acknowledgedAt
      ? { key: 'Acknowledged', value: formatDate(item.acknowledgedAt) }
      : { key: 'Acknowledgement due by', value: formatDate(item.acknowledgeBy) },
  );
  if (item.respondedAt) {
    steps.push({ key: 'Answered', value: formatDate(item.respondedAt) });
  } else if (item.responseDueOn) {
    steps.push({
      key: item.responsePeriodAgreedAt ? 'Response due by (agreed with you)' : 'Response due by',
      value: formatDate(item.responseDueOn),
    });
  }
  return steps;
}
