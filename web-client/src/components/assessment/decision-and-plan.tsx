import { SummaryList } from '@/components/govuk/summary-list';
import { Tag, type TagColour } from '@/components/govuk/misc';
import type { ActionStatus, AssessmentDecision, SupportPlan, YoungCarerDecision, YoungCarerSupportRoute } from '@/lib/api/types';
import { carerOutcomes } from '@/lib/assessment-questions';
import { formatPence } from '@/lib/money';
import { actionStatusLabels, carerOutcomeLabels, paymentFrequencyLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The eligibility decision: the outcome, its plain-English explanation, the assessor's reasons and each finding. */
export function DecisionView({ decision, headingLevel = 2 }: { decision: AssessmentDecision; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="govuk-heading-m">The decision</Heading>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-font-weight-bold">
          {decision.eligible ? 'You have eligible needs for support' : 'You do not have eligible needs for support'}
        </p>
        <p className="govuk-body app-preserve-lines">{decision.explanation}</p>
      </div>
      <SummaryList
        rows={[
          { key: 'Decided on', value: formatDateTime(decision.decidedAt) },
          { key: 'Reasons', value: <span className="app-preserve-lines">{decision.assessorReasons}</span> },
          { key: 'Your needs come from caring that is necessary', value: yesNo(decision.needsArise) },
          { key: 'Your health is at risk', value: yesNo(decision.healthAtRisk) },
          { key: 'There is a significant impact on your wellbeing', value: yesNo(decision.significantImpact) },
          ...carerOutcomes.map((outcome) => {
            const finding = decision.outcomes[outcome];
            const text = !finding?.ability ? 'Not recorded' : finding.ability === 'able' ? 'Able' : `Unable: ${finding.reason ?? ''}`;
            return { key: carerOutcomeLabels[outcome], value: text };
          }),
        ]}
      />
    </>
  );
}

export const youngCarerSupportRouteLabels: Record<YoungCarerSupportRoute, string> = {
  supportToYoungCarer: 'Support for the young carer',
  servicesToCaredPersonUnderAdultAssessment: 'Services for the person they care for, under that person’s own assessment',
  both: 'Both: support for the young carer and services for the person they care for',
};

/** A young carer's needs assessment decision (s17ZA to s17ZC): support needs, how they are met, and the reasons, in plain English. */
export function YoungCarerDecisionView({ decision, headingLevel = 2 }: { decision: YoungCarerDecision; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="govuk-heading-m">The decision</Heading>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-font-weight-bold">{decision.hasSupportNeeds ? 'You have support needs as a young carer' : 'You do not have support needs at the moment'}</p>
        <p className="govuk-body app-preserve-lines">{decision.explanation}</p>
      </div>
      <SummaryList
        rows={[
          { key: 'Decided on', value: formatDateTime(decision.decidedAt) },
          { key: 'Reasons', value: <span className="app-preserve-lines">{decision.assessorReasons}</span> },
          ...(decision.howMet ? [{ key: 'How your needs will be met', value: youngCarerSupportRouteLabels[decision.howMet] }] : []),
          { key: 'Some of your caring is too much, or not right, for your age', value: yesNo(decision.tasksExcessiveOrInappropriate) },
          { key: 'How caring affects your education', value: <span className="app-preserve-lines">{decision.impactOnEducation}</span> },
          { key: 'How caring affects your wellbeing', value: <span className="app-preserve-lines">{decision.impactOnWellbeing}</span> },
          { key: 'How caring affects your development', value: <span className="app-preserve-lines">{decision.impactOnDevelopment}</span> },
        ]}
      />
    </>
  );
}

const actionColours: Record<ActionStatus, TagColour> = { notStarted: 'grey', inProgress: 'light-blue', done: 'green' };

/** The support plan (s25): needs, how each is met and where it stands, the budget and the next review. */
export function SupportPlanView({ plan, headingLevel = 2 }: { plan: SupportPlan; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="govuk-heading-m">Your support plan</Heading>
      <SummaryList
        rows={[
          { key: 'Your needs', value: <span className="app-preserve-lines">{plan.needs}</span> },
          { key: 'Eligible needs', value: <span className="app-preserve-lines">{plan.eligibleNeeds}</span> },
          { key: 'Personal budget', value: formatPence(plan.personalBudgetPence) },
          {
            key: 'Direct payment',
            value: plan.directPayment
              ? `${formatPence(plan.directPayment.amountPence)}, ${paymentFrequencyLabels[plan.directPayment.frequency].toLowerCase()}, for ${plan.directPayment.needs}`
              : 'None',
          },
          { key: 'Next review by', value: formatDate(plan.nextReviewOn) },
        ]}
      />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">What will be done</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Need</th>
            <th scope="col" className="govuk-table__header">How it will be met</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {plan.actions.map((action, index) => (
            <tr className="govuk-table__row" key={index}>
              <td className="govuk-table__cell">{action.need}</td>
              <td className="govuk-table__cell">{action.howMet}</td>
              <td className="govuk-table__cell">
                <Tag colour={actionColours[action.status]}>{actionStatusLabels[action.status]}</Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
