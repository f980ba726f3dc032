import { describe, expect, it } from 'vitest';
import { snomedCodeText } from './snomed-codes';

describe('snomedCodeText', () => {
  it('names the carer concepts with their id', () => {
    expect(snomedCodeText('224484003')).toBe('Is a carer (224484003)');
    expect(snomedCodeText('199361000000101')).toBe('Is no longer a carer (199361000000101)');
  });

  it('shows an unknown concept as its id only', () => {
    expect(snomedCodeText('123456789')).toBe('123456789');
    expect(snomedCodeText('toString')).toBe('toString');
  });
});
