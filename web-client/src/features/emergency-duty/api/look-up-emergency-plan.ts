import { useMutation } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { EmergencyCardLookUp } from '@/lib/api/types';
import { normaliseCardNumber } from '@/lib/emergency-card';

/**
 * LookUpEmergencyPlan: the plans on one emergency card. Every call is audited (and the carer sees
 * it), so it runs only when the officer asks (a mutation, never cached or retried): 400 for a
 * number whose check digit is wrong, 404 for a card nobody holds.
 */
export async function lookUpEmergencyPlan(cardNumber: string): Promise<EmergencyCardLookUp> {
  const { data } = await apiClient.GET('/api/emergency-cards/{cardNumber}', { params: { path: { cardNumber: normaliseCardNumber(cardNumber) } } });
  return required(data);
}

export function useLookUpEmergencyCard() {
  return useMutation({ mutationFn: lookUpEmergencyPlan });
}
