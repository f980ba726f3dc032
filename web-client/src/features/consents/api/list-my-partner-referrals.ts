import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { AwaitingPartnerReferral } from '@/lib/api/types';

export const myPartnerReferralsKey = ['me', 'partner-referrals'] as const;

/** ListMyPartnerReferrals: the partners' referrals awaiting the carer's answer (at most one a partner). */
export async function listMyPartnerReferrals(signal?: AbortSignal): Promise<AwaitingPartnerReferral[]> {
  const { data } = await apiClient.GET('/api/me/carer/partner-referrals', { signal });
  return required(data).items;
}

export function useMyPartnerReferrals() {
  return useQuery({ queryKey: myPartnerReferralsKey, queryFn: ({ signal }) => listMyPartnerReferrals(signal) });
}
