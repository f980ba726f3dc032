import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { AnswerPartnerReferralRequest } from '@/lib/api/types';
import { myPartnerReferralsKey } from './list-my-partner-referrals';

export async function answerPartnerReferral({ referralId, answer }: { referralId: string } & AnswerPartnerReferralRequest) {
  const { data } = await apiClient.POST('/api/me/carer/partner-referrals/{referralId}/answer', {
    params: { path: { referralId } },
    body: { answer },
  });
  return required(data);
}

/** AnswerPartnerReferral: confirming puts the consent in force at once; refusing keeps the partner out. */
export function useAnswerPartnerReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerPartnerReferral,
    // The record is read again before the next page (awaited, so it lists the change). The awaiting
    // list is only marked stale: read again now, it would lose the answered referral while its page
    // is still on screen; the next page to show it reads it afresh.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord }),
        queryClient.invalidateQueries({ queryKey: myPartnerReferralsKey, refetchType: 'none' }),
      ]),
  });
}
