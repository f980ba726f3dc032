import { i18n } from '@/i18n/i18n';
import type { ApplyForGrantRequest, GrantPurpose } from '@/lib/api/types';
import { formatPence, parsePounds } from '@/lib/money';

/** What the carer has answered so far, as typed (the amount in pounds). */
export type GrantAnswers = { purpose: GrantPurpose | ''; amount: string; helpsWith: string };

export const emptyGrantAnswers: GrantAnswers = { purpose: '', amount: '', helpsWith: '' };

/** Why parsePounds refused the amount, in the pages' language (its own messages are English only). */
export function amountError(amount: string): string | undefined {
  const result = parsePounds(amount, 'how much you need');
  if (result.ok) return undefined;
  const text = amount.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (text === '') return i18n.t('grants:apply.amount.missing');
  if (!/^(\d+)(?:\.(\d{1,2}))?$/.test(text)) return i18n.t('grants:apply.amount.notMoney');
  if (/^[0.]+$/.test(text)) return i18n.t('grants:apply.amount.zero', { zero: formatPence(0) });
  return i18n.t('grants:apply.amount.tooLarge');
}

export function helpsWithError(text: string): string | undefined {
  if (text.trim() === '') return i18n.t('grants:apply.helpsWith.missing');
  return text.length > 1000 ? i18n.t('grants:apply.helpsWith.tooLong') : undefined;
}

/** The request, once every answer is there and valid. */
export function toApplyRequest(answers: GrantAnswers): ApplyForGrantRequest | null {
  const amount = parsePounds(answers.amount, 'how much you need');
  if (!answers.purpose || !amount.ok || helpsWithError(answers.helpsWith)) return null;
  return { purpose: answers.purpose, amountPence: amount.pence, helpsWith: answers.helpsWith.trim() };
}
