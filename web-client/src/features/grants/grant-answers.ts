import type { ApplyForGrantRequest, GrantPurpose } from '@/lib/api/types';
import { parsePounds } from '@/lib/money';

/** What the carer has answered so far, as typed (the amount in pounds). */
export type GrantAnswers = { purpose: GrantPurpose | ''; amount: string; helpsWith: string };

export const emptyGrantAnswers: GrantAnswers = { purpose: '', amount: '', helpsWith: '' };

export function amountError(amount: string): string | undefined {
  const result = parsePounds(amount, 'how much you need');
  return result.ok ? undefined : result.message;
}

export function helpsWithError(text: string): string | undefined {
  if (text.trim() === '') return 'Enter what the grant will help with';
  return text.length > 1000 ? 'What the grant will help with must be 1,000 characters or fewer' : undefined;
}

/** The request, once every answer is there and valid. */
export function toApplyRequest(answers: GrantAnswers): ApplyForGrantRequest | null {
  const amount = parsePounds(answers.amount, 'how much you need');
  if (!answers.purpose || !amount.ok || helpsWithError(answers.helpsWith)) return null;
  return { purpose: answers.purpose, amountPence: amount.pence, helpsWith: answers.helpsWith.trim() };
}
