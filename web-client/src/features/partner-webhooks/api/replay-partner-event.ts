import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { PartnerName } from '@/lib/api/types';
import { webhookDeliveriesKey } from './list-webhook-deliveries';

export type ReplayPartnerEventInput = { partner: PartnerName; eventId: string };

export async function replayPartnerEvent({ partner, eventId }: ReplayPartnerEventInput): Promise<void> {
  await apiClient.POST('/api/partners/{partner}/events/{eventId}/replay', {
    params: { path: { partner, eventId } },
  });
}

/** ReplayPartnerEvent: sends the event again with the same id, so the partner can tell it is a repeat. */
export function useReplayPartnerEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replayPartnerEvent,
    onSuccess: (_data, { partner }) => queryClient.invalidateQueries({ queryKey: webhookDeliveriesKey(partner) }),
  });
}
