import { describe, expect, it } from 'vitest';
import { findPersona, personas, subjectFor } from './personas';

describe('personas', () => {
  it('offers the seven development personas', () => {
    expect(personas.map((persona) => [persona.role, persona.label])).toEqual([
      ['Carer', 'Sam, a carer already registered'],
      ['Carer', 'A new carer'],
      ['Carer', "A young carer's parent"],
      ['Staff.Assessor', 'An assessor'],
      ['Staff.Manager', 'A manager'],
      ['Staff.GrantsOfficer', 'A grants officer'],
      ['Staff.EmergencyDuty', 'Emergency duty officer'],
      ['Staff.DataProtection', 'Data protection officer'],
    ]);
  });

  it('gives the registered carer the demo subject', () => {
    expect(subjectFor(findPersona('registered-carer')!)).toBe('demo-carer-0001');
  });

  it('gives the emergency duty officer a fixed subject', () => {
    expect(subjectFor(findPersona('emergency-duty')!)).toBe('demo-duty-1');
  });

  it('gives a new carer a fresh subject each time', () => {
    const persona = findPersona('new-carer')!;
    const first = subjectFor(persona);
    const second = subjectFor(persona);
    expect(first).toMatch(/^new-carer-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
    expect(subjectFor(findPersona('young-carers-parent')!, () => 'abc')).toBe('new-parent-abc');
  });
});
