import { isApiError } from '@/lib/api/api-error';
import { hasErrors, type ErrorSummaryEntry, type FormErrors } from './form-errors';

/**
 * A change refused because the record moved on since the page read it: 412 when the ETag sent
 * is stale, 428 when none was known. Either way the page reads the record again and says why.
 */
export function isStaleChange(error: unknown): boolean {
  return isApiError(error) && (error.status === 412 || error.status === 428);
}

/** What an assessor is told when a change to an assessment was refused as stale (decision 0028). */
export const staleAssessmentMessage =
  'Someone else changed this assessment while you were working on it. We have shown you the latest version. Check it, then make your change again.';

/** What a carer is told when a change to their assessment was refused as stale (decision 0028). */
export const staleMyAssessmentMessage =
  'Your assessment was changed somewhere else (in another window, or by the council) after you opened this page. We have shown you the latest version. Check it, then try again.';

/** The error summary's entries: the form's own errors, else (after a stale change) why it shows the latest version. */
export function summaryAfterStale(errors: FormErrors, stale: boolean, message: string): ErrorSummaryEntry[] {
  return stale && !hasErrors(errors) ? [{ text: message }] : errors.summary;
}

/**
 * What a page does with a change refused as stale: read the record again (`refresh`), so it shows
 * the latest version, and say why in the error summary. What was typed stays in the form.
 */
export function onStaleChange(refresh: () => void, setErrors: (errors: FormErrors) => void, message: string) {
  return () => {
    refresh();
    setErrors({ fields: {}, summary: [{ text: message }] });
  };
}

/** What a page shows above the latest version it has just read again after a stale change (412 or 428). */
export function staleErrors(record: string): FormErrors {
  return {
    fields: {},
    summary: [{ text: `This ${record} was changed by someone else after you opened it. We have shown you the latest version: check it, then make your change again if it is still needed.` }],
  };
}
