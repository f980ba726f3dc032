import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, etagOf, required } from '@/lib/api/client';
import type { EmergencyPlan, EmergencyPlanContent, MyEmergencyPlans } from '@/lib/api/types';
import { rememberPlanEtag } from '../plan-etags';
import { myEmergencyPlansKey } from './list-my-emergency-plans';

export type SaveEmergencyPlanInput = {
  relationshipId: string;
  content: EmergencyPlanContent;
  /** The plan's ETag when changing one; none when writing the first plan for this person. */
  etag: string | null;
};

/**
 * SaveEmergencyPlan: the whole plan, every section. The first save needs no If-Match (and issues
 * the carer's emergency card); changing a plan needs the ETag of the last save: 412 when someone
 * saved it since, 428 when none is sent. The contract does not list If-Match for this operation,
 * so it goes as a plain header.
 */
export async function saveEmergencyPlan({ relationshipId, content, etag }: SaveEmergencyPlanInput): Promise<{ plan: EmergencyPlan; etag: string | null }> {
  const { data, response } = await apiClient.PUT('/api/me/carer/emergency-plans/{relationshipId}', {
    params: { path: { relationshipId } },
    body: content,
    ...(etag ? { headers: { 'If-Match': etag } } : {}),
  });
  return { plan: required(data), etag: etagOf(response) };
}

export function useSaveEmergencyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEmergencyPlan,
    onSuccess: async ({ plan, etag }) => {
      if (etag) rememberPlanEtag(plan.relationshipId, etag);
      queryClient.setQueryData<MyEmergencyPlans>(myEmergencyPlansKey, (current) =>
        current ? { ...current, plans: [...current.plans.filter((other) => other.relationshipId !== plan.relationshipId), plan] } : current,
      );
      // The first plan issues the card number: read the list again for it.
      await queryClient.invalidateQueries({ queryKey: myEmergencyPlansKey });
    },
  });
}
