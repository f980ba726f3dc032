import { isStaleChange } from '@/lib/forms/stale-change';

/**
 * Whether SaveEmergencyPlan refused a change because the plan was saved somewhere else (another
 * window or device) after this page read it: 412 when the ETag sent is stale, 428 when none was
 * sent because the plan was new when the page opened. Either way the page reads the plans again
 * (the list gives each plan's ETag) and shows the latest.
 */
export const isPlanConflict: (error: unknown) => boolean = isStaleChange;

/** On a section page, once the latest plan is loaded into it. */
export const planChangedMessage =
  'This plan was saved somewhere else (in another window or on another device) after you opened this page, so your answers have not been saved. We have loaded the latest plan. Check this section, then save and continue.';

/** On the task list, after "The plan is still right". */
export const planChangedBeforeReviewMessage =
  'This plan was saved somewhere else (in another window or on another device) after you opened this page, so it has not been marked as still right. We have loaded the latest plan. Check it, then tell us again if it is still right.';
