import { describe, expect, it } from 'vitest';
import { deliveryAnswerText, deliveryOutcome, eventsWaitingText, eventTypeText, shortEventId } from './delivery-text';

describe('delivery log words', () => {
  it('names the events partners receive, and shows an unknown one as it is', () => {
    expect(eventTypeText('carer.referred')).toBe('Carer referred');
    expect(eventTypeText('consent.withdrawn')).toBe('Consent withdrawn');
    expect(eventTypeText('grant.approved')).toBe('grant.approved');
    expect(eventTypeText('constructor')).toBe('constructor');
  });

  it('gives each outcome words and a colour', () => {
    expect(deliveryOutcome('delivered')).toEqual({ text: 'Delivered', colour: 'green' });
    expect(deliveryOutcome('failed')).toEqual({ text: 'Failed', colour: 'red' });
    expect(deliveryOutcome('noSubscription')).toEqual({ text: 'No address registered', colour: 'grey' });
    expect(deliveryOutcome('somethingNew')).toEqual({ text: 'somethingNew', colour: 'grey' });
  });

  it('says how the partner answered', () => {
    expect(deliveryAnswerText({ outcome: 'delivered', statusCode: 204, durationMs: 35 })).toBe('Answered 204 after 35 ms');
    expect(deliveryAnswerText({ outcome: 'failed', statusCode: null, durationMs: 10000 })).toBe('No answer after 10,000 ms');
    expect(deliveryAnswerText({ outcome: 'noSubscription', statusCode: null, durationMs: 0 })).toBe('Not sent');
  });

  it('counts the events waiting for a partner', () => {
    expect(eventsWaitingText(0)).toBe('None');
    expect(eventsWaitingText(1)).toBe('1 event');
    expect(eventsWaitingText(1204)).toBe('1,204 events');
  });

  it('shortens an event id to its first group', () => {
    expect(shortEventId('0195f3a2-7c1e-7000-8000-000000000001')).toBe('0195f3a2');
  });
});
