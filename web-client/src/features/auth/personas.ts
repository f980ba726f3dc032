/** The people a developer or tester can sign in as, against the API's development token issuer. */

export type PersonaId = 'registered-carer' | 'new-carer' | 'young-carers-parent' | 'assessor' | 'manager' | 'grants-officer' | 'emergency-duty' | 'data-protection';

export type Persona = {
  id: PersonaId;
  label: string;
  hint: string;
  role: string;
  /** A fixed subject, or a prefix to which a random id is added so each sign-in starts afresh. */
  subject: { fixed: string } | { prefix: string };
};

export const personas: Persona[] = [
  {
    id: 'registered-carer',
    label: 'Sam, a carer already registered',
    hint: 'Has a record in the demo data, with people they care for and consents.',
    role: 'Carer',
    subject: { fixed: 'demo-carer-0001' },
  },
  {
    id: 'new-carer',
    label: 'A new carer',
    hint: 'Not registered yet: starts the registration questions.',
    role: 'Carer',
    subject: { prefix: 'new-carer-' },
  },
  {
    id: 'young-carers-parent',
    label: "A young carer's parent",
    hint: 'Registers a child who is a young carer.',
    role: 'Carer',
    subject: { prefix: 'new-parent-' },
  },
  {
    id: 'assessor',
    label: 'An assessor',
    hint: 'Council staff: finds carers, reads GP flags, decides probable matches, uploads GP extracts, and works assessments, breaks and emergency plan reviews.',
    role: 'Staff.Assessor',
    subject: { fixed: 'demo-assessor-1' },
  },
  {
    id: 'manager',
    label: 'A manager',
    hint: 'Council staff: partner webhooks and their delivery log, and the providers of carers breaks.',
    role: 'Staff.Manager',
    subject: { fixed: 'demo-manager-1' },
  },
  {
    id: 'grants-officer',
    label: 'A grants officer',
    hint: 'Council staff: decides and pays carers grants, and sets the grant budget.',
    role: 'Staff.GrantsOfficer',
    subject: { fixed: 'demo-grants-officer-1' },
  },
  {
    id: 'emergency-duty',
    label: 'Emergency duty officer',
    hint: 'Council staff: looks up an emergency plan by the number on a carer’s emergency card, and nothing else.',
    role: 'Staff.EmergencyDuty',
    subject: { fixed: 'demo-duty-1' },
  },
  {
    id: 'data-protection',
    label: 'Data protection officer',
    hint: 'Council staff: answers carers’ requests for their data and reviews records due to be anonymised.',
    role: 'Staff.DataProtection',
    subject: { fixed: 'demo-dpo-1' },
  },
];

export function findPersona(id: string): Persona | undefined {
  return personas.find((persona) => persona.id === id);
}

function randomId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The token subject for a persona: fixed ones as they are, new ones made unique. */
export function subjectFor(persona: Persona, makeId: () => string = randomId): string {
  return 'fixed' in persona.subject ? persona.subject.fixed : `${persona.subject.prefix}${makeId()}`;
}
