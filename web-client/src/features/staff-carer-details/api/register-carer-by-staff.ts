import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { CarerRecord } from '@/lib/api/types';
import type { RegisterCarerByStaffRequest } from '../details-values';

export async function registerCarerByStaff(body: RegisterCarerByStaffRequest): Promise<CarerRecord> {
  const { data } = await apiClient.POST('/api/carers', { body });
  return required(data);
}

/**
 * RegisterCarerByStaff: a 409 names the record that holds the NHS number (existingCarerId) or the
 * probable matches (candidates); registerAnyway sends it again and queues the pairs.
 */
export function useRegisterCarerByStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerCarerByStaff,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.staffCarers }),
        queryClient.invalidateQueries({ queryKey: ['gp-identified-people'] }),
        queryClient.invalidateQueries({ queryKey: ['match-candidates'] }),
      ]),
  });
}
