import { describe, expect, it } from 'vitest';
import { nameError } from './name';

describe('nameError', () => {
  it.each(["O'Brien", 'Nuñez-Smith', 'Zoë', 'Ann Marie', 'Ngozi', 'Łukasz'])('accepts %s', (name) => {
    expect(nameError(name, 'your first name')).toBeUndefined();
  });

  it('explains what is missing or wrong', () => {
    expect(nameError('  ', 'your first name')).toBe('Enter your first name');
    expect(nameError('R2D2', 'their last name')).toBe('Their last name must only include letters, spaces, hyphens and apostrophes');
    expect(nameError('a'.repeat(101), 'your last name')).toBe('Your last name must be 100 characters or fewer');
  });
});
