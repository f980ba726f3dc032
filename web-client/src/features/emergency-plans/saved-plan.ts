import type { EmergencyPlan, MyEmergencyPlans } from '@/lib/api/types';

/**
 * The plan SaveEmergencyPlan answered with, carrying the ETag to send as If-Match next time: the
 * response's ETag header (what the API checks), or the body's `eTag` if a proxy dropped the header.
 */
export function savedPlan(plan: EmergencyPlan, etagHeader: string | null): EmergencyPlan {
  return etagHeader ? { ...plan, eTag: etagHeader } : plan;
}

/** The carer's plans with one just saved put in place of the one read before (or added). */
export function withSavedPlan(current: MyEmergencyPlans | undefined, plan: EmergencyPlan): MyEmergencyPlans | undefined {
  if (!current) return current;
  const found = current.plans.some((other) => other.relationshipId === plan.relationshipId);
  return {
    ...current,
    plans: found ? current.plans.map((other) => (other.relationshipId === plan.relationshipId ? plan : other)) : [...current.plans, plan],
  };
}
