import type { FormErrors } from '@/lib/forms/form-errors';
import { isApiError } from './api-error';

/** 412: the record changed since it was read (its If-Match is stale). */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

/** What a page shows above the latest version it has just read again after a 412. */
export function staleErrors(record: string): FormErrors {
  return {
    fields: {},
    summary: [{ text: `This ${record} was changed by someone else after you opened it. We have shown you the latest version: check it, then make your change again if it is still needed.` }],
  };
}
