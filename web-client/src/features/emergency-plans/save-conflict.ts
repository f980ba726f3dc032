import { i18n } from '@/i18n/i18n';
import { isStaleChange } from '@/lib/forms/stale-change';

/**
 * Whether SaveEmergencyPlan refused a change because the plan was saved somewhere else (another
 * window or device) after this page read it: 412 when the ETag sent is stale, 428 when none was
 * sent because the plan was new when the page opened. Either way the page reads the plans again
 * (the list gives each plan's ETag) and shows the latest.
 */
export const isPlanConflict: (error: unknown) => boolean = isStaleChange;

/** On a section page, once the latest plan is loaded into it (in the pages' language). */
export const planChangedMessage = () => i18n.t('emergencyPlans:section.changed');

/** On the task list, after "The plan is still right". */
export const planChangedBeforeReviewMessage = () => i18n.t('emergencyPlans:home.changedBeforeReview');
