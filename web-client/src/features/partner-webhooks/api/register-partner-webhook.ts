import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { PartnerName, RegisteredWebhook } from '@/lib/api/types';
import { webhookDeliveriesKey } from './list-webhook-deliveries';

/** `eTag`: the registration's, from the delivery log, to replace it; none for the first registration. */
export type RegisterPartnerWebhookInput = { partner: PartnerName; url: string; eTag: string | null | undefined };

export async function registerPartnerWebhook({ partner, url, eTag }: RegisterPartnerWebhookInput): Promise<RegisteredWebhook> {
  const { data } = await apiClient.PUT('/api/partners/{partner}/webhook', {
    params: { path: { partner }, header: eTag ? { 'If-Match': eTag } : {} },
    body: { url },
  });
  return required(data);
}

/**
 * RegisterPartnerWebhook: registers or replaces the address. The answer carries a new signing
 * secret, shown once: it is never stored in the browser beyond the page that shows it. A 412 or 428
 * means someone else registered or replaced it since the page was read: the page reads it again.
 */
export function useRegisterPartnerWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerPartnerWebhook,
    onSettled: (_data, _error, { partner }) => queryClient.invalidateQueries({ queryKey: webhookDeliveriesKey(partner) }),
  });
}
