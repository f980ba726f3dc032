import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { PartnerName, WebhookDeliveries } from '@/lib/api/types';

export const deliveriesPageSize = 25;

export const webhookDeliveriesKey = (partner: PartnerName) => ['partners', partner, 'deliveries'] as const;

export async function listWebhookDeliveries(
  partner: PartnerName,
  cursor: string | undefined,
  limit: number,
  signal?: AbortSignal,
): Promise<WebhookDeliveries> {
  const { data } = await apiClient.GET('/api/partners/{partner}/deliveries', {
    params: { path: { partner }, query: { limit, ...(cursor ? { cursor } : {}) } },
    signal,
  });
  return required(data);
}

/** ListWebhookDeliveries: a partner's webhook address, events waiting and delivery log, newest first. */
export const listWebhookDeliveriesQueryOptions = (partner: PartnerName, cursor: string | undefined, limit = deliveriesPageSize) =>
  queryOptions({
    queryKey: [...webhookDeliveriesKey(partner), limit, cursor ?? null] as const,
    queryFn: ({ signal }) => listWebhookDeliveries(partner, cursor, limit, signal),
    placeholderData: keepPreviousData,
    // The dispatcher adds attempts all the time: read afresh on each visit.
    staleTime: 0,
  });

export function useWebhookDeliveries(partner: PartnerName, cursor: string | undefined, limit = deliveriesPageSize) {
  return useQuery(listWebhookDeliveriesQueryOptions(partner, cursor, limit));
}
