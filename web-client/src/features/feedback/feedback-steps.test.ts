import { describe, expect, it } from 'vitest';
import type { FeedbackItem } from '@/lib/api/types';
import { complaintSteps, nextStepText } from './feedback-steps';

const received: FeedbackItem = {
  id: '1',
  kind: 'complaint',
  about: 'staff',
  text: 'Nobody rang',
  receivedVia: 'online',
  receivedAt: '2026-12-24T10:00:00Z',
  status: 'received',
  acknowledgeBy: '2026-12-31',
  acknowledgedAt: null,
  responseDueOn: '2027-06-24',
  responsePeriodAgreedAt: null,
  respondedAt: null,
  response: null,
  whatWillChange: null,
  ombudsmanAdvice: null,
};

describe('a complaint’s steps', () => {
  it('says when a received complaint will be acknowledged', () => {
    expect(nextStepText(received)).toBe('We will acknowledge it by 31 December 2026');
    expect(complaintSteps(received)).toEqual([
      { key: 'Received', value: '24 December 2026' },
      { key: 'Acknowledgement due by', value: '31 December 2026' },
      { key: 'Response due by', value: '24 June 2027' },
    ]);
  });

  it('says an agreed response date is agreed, and an answered one when it was answered', () => {
    const agreed = { ...received, status: 'acknowledged' as const, acknowledgedAt: '2026-12-29T09:00:00Z', responseDueOn: '2027-02-01', responsePeriodAgreedAt: '2026-12-29T09:05:00Z' };
    expect(nextStepText(agreed)).toBe('We will answer by 1 February 2027');
    expect(complaintSteps(agreed)[2]).toEqual({ key: 'Response due by (agreed with you)', value: '1 February 2027' });
    const answered = { ...agreed, status: 'responded' as const, respondedAt: '2027-01-20T11:00:00Z', outcome: 'upheld' as const };
    expect(nextStepText(answered)).toBe('Answered 20 January 2027');
    expect(complaintSteps(answered).map((step) => step.key)).toEqual(['Received', 'Acknowledged', 'Answered']);
  });

  it('says a compliment was passed on', () => {
    expect(nextStepText({ ...received, kind: 'compliment', status: 'recorded', acknowledgeBy: null, responseDueOn: null })).toBe('Passed on');
  });
});
