import { describe, expect, it } from 'vitest';
import { emptyBreakAnswers, firstUnanswered, toRequestBreakRequest, withoutSlot, type BreakAnswers } from './break-answers';

const shortBreak: BreakAnswers = {
  relationshipId: 'r1',
  breakType: 'shortBreak',
  emergency: 'no',
  providerId: 'p1',
  providerName: 'Demo House Respite',
  startsOn: '2026-11-24',
  endsOn: '2026-11-26',
  sittingMinutes: '',
};

describe('asking for a break', () => {
  it('goes back to the first question not answered', () => {
    expect(firstUnanswered(emptyBreakAnswers)).toBe('/breaks/ask');
    expect(firstUnanswered({ ...shortBreak, emergency: '' })).toBe('/breaks/ask/emergency');
    expect(firstUnanswered(withoutSlot(shortBreak))).toBe('/breaks/ask/when');
    expect(firstUnanswered({ ...shortBreak, endsOn: '' })).toBe('/breaks/ask/how-long');
    expect(firstUnanswered({ ...shortBreak, breakType: 'sittingService' })).toBe('/breaks/ask/how-long');
    expect(firstUnanswered(shortBreak)).toBeNull();
  });

  it('sends days for a short break and minutes on one day for a sitting service', () => {
    expect(toRequestBreakRequest(shortBreak)).toEqual({
      relationshipId: 'r1',
      breakType: 'shortBreak',
      providerId: 'p1',
      startsOn: '2026-11-24',
      endsOn: '2026-11-26',
      sittingMinutes: null,
      emergency: false,
    });
    expect(toRequestBreakRequest({ ...shortBreak, breakType: 'sittingService', endsOn: '', sittingMinutes: '90', emergency: 'yes' })).toEqual({
      relationshipId: 'r1',
      breakType: 'sittingService',
      providerId: 'p1',
      startsOn: '2026-11-24',
      endsOn: '2026-11-24',
      sittingMinutes: 90,
      emergency: true,
    });
    expect(toRequestBreakRequest({ ...shortBreak, breakType: 'sittingService', sittingMinutes: '45' })).toBeNull();
  });
});
