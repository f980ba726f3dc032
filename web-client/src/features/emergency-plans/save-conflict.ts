import { isApiError } from '@/lib/api/api-error';
import type { ErrorSummaryEntry } from '@/lib/forms/form-errors';
import { planPaths } from './paths';
import { forgetPlanEtag, planEtag } from './plan-etags';

/**
 * What to tell the carer when SaveEmergencyPlan refuses a change as stale (412) or without an
 * ETag (428), or undefined for any other error. When another tab of this browser saved the
 * plan, its newer ETag is here and the carer can save again over the latest plan; when another
 * device did, nothing here can learn the new ETag (the API's reads do not give it).
 */
export function saveConflict(error: unknown, relationshipId: string, sentEtag: string | null): ErrorSummaryEntry | undefined {
  if (!isApiError(error) || (error.status !== 412 && error.status !== 428)) return undefined;
  const latest = planEtag(relationshipId);
  if (latest && latest !== sentEtag) {
    return {
      text: 'This plan was changed in another window after you opened this page, so your answers here have not been saved yet. Check them, then save again: the other sections keep the latest changes.',
    };
  }
  forgetPlanEtag(relationshipId);
  return {
    text: 'This plan was changed on another device after you opened this page, so your change has not been saved. You can read and print the latest plan here, but to change it use the device it was last saved on.',
    href: planPaths.home,
  };
}
