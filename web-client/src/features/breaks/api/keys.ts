/** Query keys of the carer's own breaks and of the places left (this feature alone reads them). */
export const breakKeys = {
  mine: ['me', 'breaks'] as const,
  availability: ['break-availability'] as const,
  availabilityFor: (breakType: string, from: string, to: string) => ['break-availability', breakType, from, to] as const,
};
