import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CaredForPerson, EndCaringRelationshipRequest } from '@/lib/api/types';

export type EndCaringRelationshipInput = { relationshipId: string; body: EndCaringRelationshipRequest };

export async function endCaringRelationship({ relationshipId, body }: EndCaringRelationshipInput): Promise<CaredForPerson> {
  const { data } = await apiClient.POST('/api/me/carer/cared-for-people/{relationshipId}/end', {
    params: { path: { relationshipId } },
    body,
  });
  return required(data);
}

/** EndCaringRelationship; the carer's record is read again (their category may now be ex-carer). */
export function useEndCaringRelationship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endCaringRelationship,
    // Awaited, so the page shown next already lists the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord }),
  });
}
