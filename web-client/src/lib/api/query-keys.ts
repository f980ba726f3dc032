/**
 * Query keys shared across features: a change made in one feature (adding a cared-for person)
 * must refresh data another feature shows (the carer's record), without importing it.
 */
export const queryKeys = {
  myCarerRecord: ['me', 'carer'] as const,
  /** Every carer staff have searched for or opened: stale after a merge. */
  staffCarers: ['carers'] as const,
  carerSearch: (criteria: Record<string, string | undefined>, cursor: string | undefined) =>
    ['carers', 'search', criteria, cursor ?? null] as const,
  carer: (carerId: string) => ['carers', carerId] as const,
};
