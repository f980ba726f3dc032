import { describe, expect, it } from 'vitest';
import { dateOfBirthError } from './date-of-birth';

const today = '2026-06-15';

describe('dateOfBirthError', () => {
  it('accepts a carer of 5 or over', () => {
    expect(dateOfBirthError({ day: '15', month: '6', year: '2021' }, { today })).toBeUndefined();
  });

  it('refuses a future date, a child under 5 and an impossible age', () => {
    expect(dateOfBirthError({ day: '16', month: '6', year: '2026' }, { today })?.message).toBe('Date of birth must be in the past');
    expect(dateOfBirthError({ day: '16', month: '6', year: '2021' }, { today })?.message).toBe('A carer must be 5 or over');
    expect(dateOfBirthError({ day: '1', month: '1', year: '1900' }, { today })?.message).toBe('Enter a real date of birth');
  });

  it('lets a parent register only a child under 18', () => {
    expect(dateOfBirthError({ day: '15', month: '6', year: '2008' }, { today, parent: true })?.message).toMatch(/under 18/);
    expect(dateOfBirthError({ day: '16', month: '6', year: '2008' }, { today, parent: true })).toBeUndefined();
  });

  it('asks the parent about the young carer', () => {
    expect(dateOfBirthError({ day: '', month: '', year: '' }, { today, parent: true })?.message).toBe('Enter the young carer’s date of birth');
  });
});
