import { i18n } from '@/i18n/i18n';
import type { FeedbackItem } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';

/** Where a complaint stands, in one line the carer can read beside its status (in the pages' language). */
export function nextStepText(item: FeedbackItem): string {
  if (item.kind === 'compliment') return i18n.t('feedback:steps.passedOn');
  if (item.status === 'received') return item.acknowledgeBy ? i18n.t('feedback:steps.acknowledgeBy', { date: formatDate(item.acknowledgeBy) }) : '';
  if (item.status === 'acknowledged') return item.responseDueOn ? i18n.t('feedback:steps.answerBy', { date: formatDate(item.responseDueOn) }) : '';
  return item.respondedAt ? i18n.t('feedback:steps.answeredOn', { date: formatDate(item.respondedAt) }) : '';
}

export type Step = { key: string; value: string };

/** A complaint's steps with their dates, in order: what has happened and what is due. */
export function complaintSteps(item: FeedbackItem): Step[] {
  const steps: Step[] = [{ key: i18n.t('feedback:steps.received'), value: formatDate(item.receivedAt) }];
  steps.push(
    item.acknowledgedAt
      ? { key: i18n.t('feedback:steps.acknowledged'), value: formatDate(item.acknowledgedAt) }
      : { key: i18n.t('feedback:steps.acknowledgementDue'), value: formatDate(item.acknowledgeBy) },
  );
  if (item.respondedAt) {
    steps.push({ key: i18n.t('feedback:steps.answered'), value: formatDate(item.respondedAt) });
  } else if (item.responseDueOn) {
    steps.push({
      key: i18n.t(item.responsePeriodAgreedAt ? 'feedback:steps.responseDueAgreed' : 'feedback:steps.responseDue'),
      value: formatDate(item.responseDueOn),
    });
  }
  return steps;
}
