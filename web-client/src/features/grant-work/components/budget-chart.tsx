import type { PotBalance } from '@/lib/api/types';
import { formatPence } from '@/lib/money';
import { grantPotLabels } from '@/lib/reference-data';
import { potShares } from '../forms';

/**
 * A bar per pot: paid, committed and remaining as parts of its budget. The bars are decoration
 * (aria-hidden); the table beside them carries the same figures for everyone.
 */
export function BudgetChart({ pots }: { pots: PotBalance[] }) {
  return (
    <div className="app-budget-chart" aria-hidden="true">
      {pots.map((pot) => {
        const shares = potShares(pot);
        return (
          <div key={pot.pot} className="govuk-!-margin-bottom-4">
            <p className="govuk-body govuk-!-margin-bottom-1">
              {grantPotLabels[pot.pot]}: {formatPence(pot.remainingPence)} left of {formatPence(pot.budgetPence)}
            </p>
            <div style={{ display: 'flex', height: '24px', border: '1px solid #0b0c0c', background: '#ffffff' }}>
              <div style={{ width: `${shares.paid}%`, background: '#0b0c0c' }} />
              <div style={{ width: `${shares.committed}%`, background: '#1d70b8' }} />
              <div style={{ width: `${shares.remaining}%`, background: '#cce2d8' }} />
            </div>
          </div>
        );
      })}
      <p className="govuk-body-s">
        <span style={{ display: 'inline-block', width: '12px', height: '12px', background: '#0b0c0c', marginRight: '4px' }} />
        Paid{' '}
        <span style={{ display: 'inline-block', width: '12px', height: '12px', background: '#1d70b8', margin: '0 4px 0 12px' }} />
        Committed{' '}
        <span style={{ display: 'inline-block', width: '12px', height: '12px', background: '#cce2d8', border: '1px solid #0b0c0c', margin: '0 4px 0 12px' }} />
        Remaining
      </p>
    </div>
  );
}
