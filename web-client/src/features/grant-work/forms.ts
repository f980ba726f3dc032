import { isApiError } from '@/lib/api/api-error';
import type { GrantApplication, GrantStatus, ListGrantApplicationsQuery, PotBalance, SetGrantBudgetRequest } from '@/lib/api/types';
import { parsePounds } from '@/lib/money';
import { grantPotLabels } from '@/lib/reference-data';

/** The lists a grants officer works from: by status, and approved grants unpaid past the target. */
export type ApplicationsView = 'submitted' | 'approved' | 'late' | 'paid';

export const applicationsViews: { view: ApplicationsView; text: string }[] = [
  { view: 'submitted', text: 'Waiting for a decision' },
  { view: 'approved', text: 'Approved' },
  { view: 'late', text: 'Late payments' },
  { view: 'paid', text: 'Paid' },
];

export function isApplicationsView(value: string | null): value is ApplicationsView {
  return applicationsViews.some((item) => item.view === value);
}

/** The ListGrantApplications query for a view: "late" is approved grants with late=true. */
export function applicationsQuery(view: ApplicationsView, cursor?: string): ListGrantApplicationsQuery {
  const base: ListGrantApplicationsQuery = view === 'late' ? { status: 'approved', late: true } : { status: view };
  return cursor ? { ...base, cursor, limit: 50 } : { ...base, limit: 50 };
}

/** What a grants officer may still do with an application in a status. */
export function actionsFor(status: GrantStatus): { approve: boolean; decline: boolean; markPaid: boolean; cancel: boolean } {
  return {
    approve: status === 'submitted',
    decline: status === 'submitted',
    markPaid: status === 'approved',
    cancel: status === 'approved',
  };
}

/**
 * The pot and year an application is charged to. A grant is charged to the financial year in which
 * it is approved (decision 0011), so a waiting application names the year it was applied in only as that.
 */
export function potText(application: Pick<GrantApplication, 'pot' | 'financialYear' | 'status'>): string {
  const pot = grantPotLabels[application.pot];
  return application.status === 'submitted'
    ? `${pot}, for the financial year in which it is approved (applied in ${application.financialYear})`
    : `${pot}, ${application.financialYear}`;
}

/** ApproveGrant's 409 asking for a reason to approve a second grant in the year: the message to show, or undefined. */
export function overrideReasonNeeded(error: unknown): string | undefined {
  if (!isApiError(error) || error.status !== 409) return undefined;
  const entry = Object.entries(error.problem.errors ?? {}).find(([key]) => key.replace(/^\$\.?/, '').toLowerCase() === 'overridereason');
  return entry?.[1][0];
}

export type BudgetFormValues = { total: string; childrenPercent: string };

export type BudgetFormResult = { ok: true; body: SetGrantBudgetRequest } | { ok: false; errors: Record<keyof BudgetFormValues, string | undefined> };

/** The budget form (pounds, a whole percentage) as SetGrantBudget's body in pence. */
export function budgetFormToRequest(values: BudgetFormValues): BudgetFormResult {
  const total = parsePounds(values.total, 'the total budget', { allowZero: true, max: 100_000_000_000 });
  const percentText = values.childrenPercent.trim().replace(/%$/, '').trim();
  let percentError: string | undefined;
  let percent = 20;
  if (percentText !== '') {
    if (!/^\d{1,3}$/.test(percentText) || Number(percentText) > 100) {
      percentError = 'The children’s share must be a whole number from 0 to 100';
    } else {
      percent = Number(percentText);
    }
  }
  if (!total.ok || percentError) {
    return { ok: false, errors: { total: total.ok ? undefined : total.message, childrenPercent: percentError } };
  }
  return { ok: true, body: { totalPence: total.pence, childrenPercent: percent } };
}

/** How much of a pot is paid, committed (approved, not yet paid) and left, as percentages of its budget for a bar. */
export function potShares(pot: PotBalance): { paid: number; committed: number; remaining: number } {
  if (pot.budgetPence <= 0) return { paid: 0, committed: 0, remaining: 0 };
  const share = (pence: number) => Math.max(0, Math.min(100, Math.round((pence / pot.budgetPence) * 1000) / 10));
  const paid = share(pot.paidPence);
  const committed = Math.min(share(pot.committedPence), 100 - paid);
  return { paid, committed, remaining: Math.max(0, Math.round((100 - paid - committed) * 10) / 10) };
}
