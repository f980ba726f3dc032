/** Money is held in pence as whole numbers (SPEC §4); people type and read pounds. */
import { currentLocale } from '@/i18n/i18n';

/**
 * 25000 as "£250" and 25050 as "£250.50": whole pounds without pence, as GOV.UK's style guide asks;
 * in another language, pounds as that language writes an amount.
 */
export function formatPence(pence: number): string {
  const whole = pence % 100 === 0;
  return new Intl.NumberFormat(currentLocale(), {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(pence / 100);
}

export type PoundsResult = { ok: true; pence: number } | { ok: false; message: string };

/**
 * What someone typed in pounds ("250", "£1,250.50", "250.5") as whole pence, without floating
 * point: the pounds and pence are read as separate integers.
 */
export function parsePounds(input: string, name: string, options: { allowZero?: boolean; max?: number } = {}): PoundsResult {
  const text = input.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (text === '') return { ok: false, message: `Enter ${name}` };
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, message: `${capitalise(name)} must be an amount of money, like 250 or 250.50` };
  const pounds = Number(match[1]);
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  if (!Number.isSafeInteger(total)) return { ok: false, message: `${capitalise(name)} is too large` };
  if (total === 0 && !options.allowZero) return { ok: false, message: `${capitalise(name)} must be more than £0` };
  if (options.max !== undefined && total > options.max) return { ok: false, message: `${capitalise(name)} must be ${formatPence(options.max)} or less` };
  return { ok: true, pence: total };
}

/** Pence back into what the pounds box shows: 25000 as "250", 25050 as "250.50". */
export function penceToPoundsInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, '0')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The financial year (1 April to 31 March) a day falls in, named by the year it starts. */
export function financialYearOf(day: Date): number {
  return day.getMonth() >= 3 ? day.getFullYear() : day.getFullYear() - 1;
}

/** 2025 as "2025/26". */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
