import { describe, expect, it } from 'vitest';
import { attemptSavedText, recordableOutcomes } from './outcomes';

describe('GP worklist outcomes', () => {
  it('does not offer registration as an attempt outcome', () => {
    expect(recordableOutcomes).not.toContain('registered');
  });

  it('says whether the person stays on the worklist', () => {
    expect(attemptSavedText('couldNotReach', '943 476 5919')).toContain('stay on the worklist');
    expect(attemptSavedText('declined', '943 476 5919')).toContain('left the worklist');
  });
});
