import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { InformationDefaults } from '@/lib/api/types';

/** GetMyInformationDefaults: the format the carer's record suggests, and the languages on offer. */
export async function getMyInformationDefaults(signal?: AbortSignal): Promise<InformationDefaults> {
  const { data } = await apiClient.GET('/api/me/carer/information-requests/defaults', { signal });
  return required(data);
}

export function useMyInformationDefaults() {
  return useQuery({ queryKey: ['me', 'information-requests', 'defaults'], queryFn: ({ signal }) => getMyInformationDefaults(signal), staleTime: 60_000 });
}
