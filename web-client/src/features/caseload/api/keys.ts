/** Query keys of the caseload views (this feature alone reads them). */
export const caseloadKeys = {
  all: ['caseload'] as const,
  mine: (cursor: string | undefined) => ['caseload', 'mine', cursor ?? null] as const,
  team: () => ['caseload', 'team'] as const,
};
