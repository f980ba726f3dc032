import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RequestInformationRequest, RequestInformationResponse } from '@/lib/api/types';
import { myInformationRequestsKey } from './list-my-information-requests';

/** RequestInformation: 201 with the request and its due date. */
export async function requestInformation(body: RequestInformationRequest): Promise<RequestInformationResponse> {
  const { data } = await apiClient.POST('/api/me/carer/information-requests', { body });
  return required(data);
}

export function useRequestInformation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestInformation, onSuccess: () => queryClient.invalidateQueries({ queryKey: myInformationRequestsKey }) });
}
