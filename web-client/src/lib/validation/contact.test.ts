import { describe, expect, it } from 'vitest';
import { emailError, isPostcodeFormat, normalisePostcode, phoneError, postcodeError } from './contact';

describe('postcodes', () => {
  it('normalises case and spacing', () => {
    expect(normalisePostcode('lu11aa')).toBe('LU1 1AA');
    expect(normalisePostcode('  lu4   9ab ')).toBe('LU4 9AB');
  });

  it.each(['LU1 1AA', 'lu2 7xy', 'SW1A 1AA', 'M1 1AE', 'B33 8TH'])('%s looks like a postcode', (input) => {
    expect(isPostcodeFormat(input)).toBe(true);
  });

  it.each(['LU1', 'Luton', '12345', 'LU1 1A'])('%s does not', (input) => {
    expect(isPostcodeFormat(input)).toBe(false);
  });

  it('asks for a missing postcode in the right voice', () => {
    expect(postcodeError('')).toBe('Enter your postcode');
    expect(postcodeError('', 'their')).toBe('Enter their postcode');
    expect(postcodeError('nope')).toBe('Enter a full UK postcode, like LU1 2BQ');
  });
});

describe('email and phone', () => {
  it('checks email format only when one is given or needed', () => {
    expect(emailError('', false)).toBeUndefined();
    expect(emailError('', true)).toBe('Enter an email address');
    expect(emailError('sam@example', true)).toMatch(/correct format/);
    expect(emailError('sam@example.com', true)).toBeUndefined();
  });

  it('accepts UK and international phone numbers', () => {
    expect(phoneError('01632 960 001', true)).toBeUndefined();
    expect(phoneError('+44 808 157 0192', true)).toBeUndefined();
    expect(phoneError('123', true)).toMatch(/^Enter a phone number, like/);
    expect(phoneError('', true, 'mobile')).toBe('Enter a mobile phone number');
  });
});
