import { describe, expect, it } from 'vitest';
import { cardNumberError, formatCardNumber, normaliseCardNumber } from './emergency-card';

describe('emergency card numbers', () => {
  it('are shown in groups of four', () => {
    expect(formatCardNumber('861203399820')).toBe('8612 0339 9820');
    expect(formatCardNumber('8612-0339-9820')).toBe('8612 0339 9820');
    expect(formatCardNumber('1234')).toBe('1234');
  });

  it('are typed with or without spaces and hyphens', () => {
    expect(normaliseCardNumber(' 8612 0339-9820 ')).toBe('861203399820');
    expect(cardNumberError('8612 0339 9820')).toBeUndefined();
    expect(cardNumberError('8612-0339-9820')).toBeUndefined();
  });

  it('must be 12 digits; the check digit is left to the API', () => {
    expect(cardNumberError('  ')).toBe('Enter the emergency card number');
    expect(cardNumberError('8612 0339 982')).toBe('The emergency card number must be 12 digits');
    expect(cardNumberError('8612 0339 98201')).toBe('The emergency card number must be 12 digits');
    expect(cardNumberError('8612 O339 9820')).toBe('The emergency card number must only include numbers 0 to 9');
    expect(cardNumberError('861203399821')).toBeUndefined();
  });
});
