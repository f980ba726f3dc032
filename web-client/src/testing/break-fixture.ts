import type { Break } from '@/lib/api/types';

/** A break as the API answers one (ListMyBreaks, ListBreakQueue), with the names it carries. */
export function aBreak(overrides: Partial<Break> = {}): Break {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    carerId: '22222222-2222-4222-8222-222222222222',
    relationshipId: '33333333-3333-4333-8333-333333333333',
    providerId: '44444444-4444-4444-8444-444444444444',
    providerName: 'Alder Centre',
    carerName: 'Sam Sampleford',
    caredForName: 'Bola Sampleford',
    breakType: 'shortBreak',
    startsOn: '2026-11-24',
    endsOn: '2026-11-26',
    sittingMinutes: null,
    emergency: false,
    status: 'requested',
    requestedAt: '2026-11-20T10:00:00Z',
    decisionReason: null,
    eTag: '"v1"',
    ...overrides,
  };
}
