import type { Ref } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { OverdueEmergencyPlan } from '@/lib/api/types';
import { formatDate } from '@/lib/validation/date';

/** Emergency plans past their yearly review: whose, and when the review was due. */
export function OverduePlansTable({ plans, caption, captionRef }: { plans: OverdueEmergencyPlan[]; caption: string; captionRef?: Ref<HTMLTableCaptionElement> }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Carer</th>
          <th scope="col" className="govuk-table__header">Review was due by</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {plans.map((plan) => (
          <tr className="govuk-table__row" key={plan.planId}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={paths.carer(plan.carerId)} state={{ accessReason: 'review' }}>
                {plan.carerName}
              </Link>
            </td>
            <td className="govuk-table__cell">{formatDate(plan.nextReviewOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
