import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { EmergencyPlan, EmergencyPlanContent, MyEmergencyPlans } from '@/lib/api/types';
import { savedPlan, withSavedPlan } from '../saved-plan';
import { myEmergencyPlansKey } from './list-my-emergency-plans';

export type SaveEmergencyPlanInput = {
  relationshipId: string;
  content: EmergencyPlanContent;
  /** The plan's `eTag` as last read (ListMyEmergencyPlans or the last save); none for a plan not written yet. */
  etag: string | null;
};

/**
 * SaveEmergencyPlan: the whole plan, every section. The first save needs no If-Match (and issues
 * the carer's emergency card); changing a plan needs its ETag: 412 when someone saved it since,
 * 428 when none is sent. The contract does not list If-Match for this operation, so it goes as a
 * plain header. Answers with the saved plan carrying its new ETag (from the ETag header).
 */
export async function saveEmergencyPlan({ relationshipId, content, etag }: SaveEmergencyPlanInput): Promise<EmergencyPlan> {
  const { data, response } = await apiClient.PUT('/api/me/carer/emergency-plans/{relationshipId}', {
    params: { path: { relationshipId } },
    body: content,
    ...(etag ? { headers: { 'If-Match': etag } } : {}),
  });
  return savedPlan(required(data), etagOf(response));
}

export function useSaveEmergencyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEmergencyPlan,
    onSuccess: async (plan) => {
      queryClient.setQueryData<MyEmergencyPlans>(myEmergencyPlansKey, (current) => withSavedPlan(current, plan));
      // The first plan issues the card number: read the list again for it.
      await queryClient.invalidateQueries({ queryKey: myEmergencyPlansKey });
    },
  });
}
