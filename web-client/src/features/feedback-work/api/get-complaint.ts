import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { ComplaintRecord } from '@/lib/api/types';
import { complaintsKey } from './list-complaint-queue';

export const complaintKey = (complaintId: string) => [...complaintsKey, 'one', complaintId] as const;

/** GetComplaint: one complaint with who took each step, and its eTag for the next step. */
export async function getComplaint(complaintId: string, signal?: AbortSignal): Promise<ComplaintRecord> {
  const { data } = await apiClient.GET('/api/feedback/complaints/{complaintId}', { params: { path: { complaintId } }, signal });
  return required(data);
}

export function useComplaint(complaintId: string) {
  return useQuery({ queryKey: complaintKey(complaintId), queryFn: ({ signal }) => getComplaint(complaintId, signal), staleTime: 0 });
}
