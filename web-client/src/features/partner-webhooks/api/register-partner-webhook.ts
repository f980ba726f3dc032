import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { PartnerName, RegisteredWebhook } from '@/lib/api/types';
import { webhookDeliveriesKey } from './list-webhook-deliveries';

export type RegisterPartnerWebhookInput = { partner: PartnerName; url: string };

export async function registerPartnerWebhook({ partner, url }: RegisterPartnerWebhookInput): Promise<RegisteredWebhook> {
  const { data } = await apiClient.PUT('/api/partners/{partner}/webhook', {
    params: { path: { partner } },
    body: { url },
  });
  return required(data);
}

/**
 * RegisterPartnerWebhook: registers or replaces the address. The answer carries a new signing
 * secret, shown once: it is never stored in the browser beyond the page that shows it.
 */
export function useRegisterPartnerWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerPartnerWebhook,
    onSuccess: (_data, { partner }) => queryClient.invalidateQueries({ queryKey: webhookDeliveriesKey(partner) }),
  });
}
