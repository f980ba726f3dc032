import type { TagColour } from '@/components/govuk/misc';
import type { WebhookDelivery } from '@/lib/api/types';

/**
 * Words for the delivery log. The contract gives event types and outcomes as plain strings (the
 * outbox may carry new events before the SPA knows them), so unknown ones show as they are.
 */
const eventTypeLabels: Record<string, string> = {
  'carer.referred': 'Carer referred',
  'carer.updated': 'Carer’s record changed',
  'consent.withdrawn': 'Consent withdrawn',
};

export function eventTypeText(eventType: string): string {
  return Object.hasOwn(eventTypeLabels, eventType) ? (eventTypeLabels[eventType] ?? eventType) : eventType;
}

const outcomes: Record<string, { text: string; colour: TagColour }> = {
  delivered: { text: 'Delivered', colour: 'green' },
  failed: { text: 'Failed', colour: 'red' },
  noSubscription: { text: 'No address registered', colour: 'grey' },
};

export function deliveryOutcome(outcome: string): { text: string; colour: TagColour } {
  return Object.hasOwn(outcomes, outcome) ? (outcomes[outcome] ?? { text: outcome, colour: 'grey' }) : { text: outcome, colour: 'grey' };
}

const numbers = new Intl.NumberFormat('en-GB');

/** "Answered 503 after 1,204 ms", or "No answer after 10,000 ms" when the partner never answered. */
export function deliveryAnswerText(delivery: Pick<WebhookDelivery, 'statusCode' | 'durationMs' | 'outcome'>): string {
  if (delivery.outcome === 'noSubscription') return 'Not sent';
  const duration = `${numbers.format(delivery.durationMs)} ms`;
  return delivery.statusCode ? `Answered ${delivery.statusCode} after ${duration}` : `No answer after ${duration}`;
}

/** The first part of an event id, enough to tell events apart in the log; the whole id is in the row. */
export function shortEventId(eventId: string): string {
  return eventId.split('-')[0] ?? eventId;
}

/** How many events wait for the partner's webhook: "None", "1 event", "1,204 events". */
export function eventsWaitingText(count: number): string {
  return count === 0 ? 'None' : count === 1 ? '1 event' : `${count.toLocaleString('en-GB')} events`;
}
