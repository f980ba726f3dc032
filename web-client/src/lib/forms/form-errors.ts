import { isApiError, type ProblemDetails } from '@/lib/api/api-error';

export type ErrorSummaryEntry = { text: string; href?: string };

/** What a form shows: one message per field beside it, and the same in the error summary. */
export type FormErrors = {
  fields: Record<string, string>;
  summary: ErrorSummaryEntry[];
};

export const noErrors: FormErrors = { fields: {}, summary: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}

/**
 * "$.dateOfBirth", "DateOfBirth", "reasonableAdjustments[1]" and "address.postcode" name the
 * field the form knows as "dateOfBirth", "reasonableAdjustments" and "address.postcode":
 * System.Text.Json prefixes `$.`, some validators PascalCase, and list items belong to the list.
 */
export function normaliseFieldKey(key: string): string {
  return key
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/\[\d+\]$/, '')
    .split('.')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1))
    .join('.');
}

export const serviceProblemMessage = 'Sorry, there is a problem with the service. Try again later.';

/** One plain-English sentence for a problem that belongs to no single field. */
export function generalMessage(status: number, problem: ProblemDetails): string {
  if (status === 0 || status >= 500) return serviceProblemMessage;
  return problem.detail ?? problem.title ?? serviceProblemMessage;
}

/**
 * Client-side validation results (field name to message, in page order) as form errors.
 * `hrefs` gives the id to link to where it is not the field name (date inputs, radios).
 */
export function validationToFormErrors(
  messages: Record<string, string | undefined>,
  hrefs: Record<string, string> = {},
): FormErrors {
  const fields: Record<string, string> = {};
  const summary: ErrorSummaryEntry[] = [];
  for (const [field, message] of Object.entries(messages)) {
    if (!message) continue;
    fields[field] = message;
    summary.push({ text: message, href: hrefs[field] ?? `#${field}` });
  }
  return { fields, summary };
}

/**
 * Any error from a submission as form errors: the problem's `errors` map goes beside the
 * fields this form shows (in the form's order) and into the summary; anything else becomes
 * one summary line.
 * `formFields` maps each contract field on this page to the id its summary link targets.
 */
export function problemToFormErrors(error: unknown, formFields: Record<string, string>): FormErrors {
  if (!isApiError(error)) return { fields: {}, summary: [{ text: serviceProblemMessage }] };

  const fields: Record<string, string> = {};
  const onThisForm: ErrorSummaryEntry[] = [];
  const elsewhere: ErrorSummaryEntry[] = [];
  const knownKeys = Object.keys(formFields);

  for (const [rawKey, messages] of Object.entries(error.problem.errors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    const key = normaliseFieldKey(rawKey);
    const match = knownKeys.find((known) => known.toLowerCase() === key.toLowerCase());
    if (match && !fields[match]) {
      fields[match] = message;
    } else if (!match) {
      elsewhere.push({ text: message });
    }
  }
  for (const key of knownKeys) {
    const message = fields[key];
    if (message) onThisForm.push({ text: message, href: formFields[key] ?? `#${key}` });
  }

  const summary = [...onThisForm, ...elsewhere];
  if (summary.length === 0) summary.push({ text: generalMessage(error.status, error.problem) });
  return { fields, summary };
}
