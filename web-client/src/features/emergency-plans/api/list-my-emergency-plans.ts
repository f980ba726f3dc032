import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { MyEmergencyPlans } from '@/lib/api/types';

export const myEmergencyPlansKey = ['me', 'emergency-plans'] as const;

/** ListMyEmergencyPlans: the carer's emergency card number, their plans and who has looked them up. */
export async function listMyEmergencyPlans(signal?: AbortSignal): Promise<MyEmergencyPlans> {
  const { data } = await apiClient.GET('/api/me/carer/emergency-plans', { signal });
  return required(data);
}

export const listMyEmergencyPlansQueryOptions = () =>
  queryOptions({ queryKey: myEmergencyPlansKey, queryFn: ({ signal }) => listMyEmergencyPlans(signal), staleTime: 0 });

export function useMyEmergencyPlans() {
  return useQuery(listMyEmergencyPlansQueryOptions());
}
