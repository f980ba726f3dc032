import { describe, expect, it } from 'vitest';
import { aboutError, emptyFeedbackAnswers, kindError, textError, toSendFeedbackRequest } from './feedback-answers';

describe('giving feedback', () => {
  it('needs a kind and what it is about', () => {
    expect(kindError('')).toBe('Select whether you want to make a complaint or give a compliment');
    expect(kindError('complaint')).toBeUndefined();
    expect(aboutError('')).toBe('Select what it is about');
    expect(aboutError('grant')).toBeUndefined();
  });

  it('needs text, at most 4,000 characters, without < or >, over several lines if wanted', () => {
    expect(textError('complaint', '  ')).toBe('Enter what happened');
    expect(textError('compliment', '')).toBe('Enter your compliment');
    expect(textError('complaint', 'x'.repeat(4001))).toBe('Your complaint must be 4,000 characters or fewer');
    expect(textError('complaint', '<b>late</b>')).toBe('Your complaint must not include < or >');
    expect(textError('complaint', 'Nobody rang.\nI waited three weeks.')).toBeUndefined();
  });

  it('makes the request only when every answer is there, with the text trimmed', () => {
    expect(toSendFeedbackRequest(emptyFeedbackAnswers)).toBeNull();
    expect(toSendFeedbackRequest({ kind: 'complaint', about: 'staff', text: '' })).toBeNull();
    expect(toSendFeedbackRequest({ kind: 'complaint', about: 'staff', text: '  Nobody rang. ' })).toEqual({
      kind: 'complaint',
      about: 'staff',
      text: 'Nobody rang.',
    });
  });
});
