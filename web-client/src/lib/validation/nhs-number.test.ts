import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, nhsNumberError, normaliseNhsNumber } from './nhs-number';

describe('NHS number', () => {
  it.each(['9434765919', '9000000009', '943 476 5919', '943-476-5919'])('%s is valid', (input) => {
    expect(isValidNhsNumber(input)).toBe(true);
  });

  it.each(['9991234560', '9434765918', '12345', 'abcdefghij', ''])('%s is not valid', (input) => {
    expect(isValidNhsNumber(input)).toBe(false);
  });

  it('refuses a number whose check digit would be 10', () => {
    // 1000000010: weights give 10*1 + 2*1 = 12; 11 - (12 % 11) = 10, which no digit can hold.
    expect(isValidNhsNumber('1000000010')).toBe(false);
  });

  it('takes out spaces and dashes', () => {
    expect(normaliseNhsNumber(' 943 476-5919 ')).toBe('9434765919');
  });

  it('prints 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber(null)).toBe('');
  });

  it('explains what is wrong', () => {
    expect(nhsNumberError('')).toBeUndefined();
    expect(nhsNumberError('', true)).toBe('Enter an NHS number');
    expect(nhsNumberError('94347659A9')).toBe('NHS number must only include numbers 0 to 9');
    expect(nhsNumberError('94347')).toBe('NHS number must be 10 digits');
    expect(nhsNumberError('9991234560')).toBe('Enter a real NHS number, like 485 777 3456');
    expect(nhsNumberError('943 476 5919')).toBeUndefined();
  });
});
