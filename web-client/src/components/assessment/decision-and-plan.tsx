import { SummaryList } from '@/components/govuk/summary-list';
import { Tag, type TagColour } from '@/components/govuk/misc';
import type { ActionStatus, AssessmentDecision, SupportPlan, YoungCarerDecision, YoungCarerSupportRoute } from '@/lib/api/types';
import { carerOutcomes } from '@/lib/assessment-questions';
import { formatPence } from '@/lib/money';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { useAssessmentWords } from './assessment-words';

/**
 * The decision and the support plan, for the carer (in their language: `forCarer`) and for the
 * assessor's view (in English).
 */
type ViewProps = { headingLevel?: 2 | 3; forCarer?: boolean };

/** The eligibility decision: the outcome, its plain-English explanation, the assessor's reasons and each finding. */
export function DecisionView({ decision, headingLevel = 2, forCarer = false }: ViewProps & { decision: AssessmentDecision }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useAssessmentWords(forCarer);
  const yesNo = (value: boolean) => t(value ? 'decision.yes' : 'decision.no');
  return (
    <>
      <Heading className="govuk-heading-m">{t('decision.heading')}</Heading>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-font-weight-bold">{t(decision.eligible ? 'decision.eligible' : 'decision.notEligible')}</p>
        <p className="govuk-body app-preserve-lines">{decision.explanation}</p>
      </div>
      <SummaryList
        rows={[
          { key: t('decision.decidedOn'), value: formatDateTime(decision.decidedAt) },
          { key: t('decision.reasons'), value: <span className="app-preserve-lines">{decision.assessorReasons}</span> },
          { key: t('decision.needsArise'), value: yesNo(decision.needsArise) },
          { key: t('decision.healthAtRisk'), value: yesNo(decision.healthAtRisk) },
          { key: t('decision.significantImpact'), value: yesNo(decision.significantImpact) },
          ...carerOutcomes.map((outcome) => {
            const finding = decision.outcomes[outcome];
            const text = !finding?.ability ? t('decision.notRecorded') : finding.ability === 'able' ? t('decision.able') : t('decision.unable', { reason: finding.reason ?? '' });
            return { key: t(`outcomes.${outcome}`), value: text };
          }),
        ]}
      />
    </>
  );
}

/** The English words, for the assessor's forms. */
export const youngCarerSupportRouteLabels: Record<YoungCarerSupportRoute, string> = {
  supportToYoungCarer: 'Support for the young carer',
  servicesToCaredPersonUnderAdultAssessment: 'Services for the person they care for, under that person’s own assessment',
  both: 'Both: support for the young carer and services for the person they care for',
};

/** A young carer's needs assessment decision (s17ZA to s17ZC): support needs, how they are met, and the reasons, in plain English. */
export function YoungCarerDecisionView({ decision, headingLevel = 2, forCarer = false }: ViewProps & { decision: YoungCarerDecision }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useAssessmentWords(forCarer);
  return (
    <>
      <Heading className="govuk-heading-m">{t('decision.heading')}</Heading>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-font-weight-bold">{t(decision.hasSupportNeeds ? 'decision.youngHasNeeds' : 'decision.youngNoNeeds')}</p>
        <p className="govuk-body app-preserve-lines">{decision.explanation}</p>
      </div>
      <SummaryList
        rows={[
          { key: t('decision.decidedOn'), value: formatDateTime(decision.decidedAt) },
          { key: t('decision.reasons'), value: <span className="app-preserve-lines">{decision.assessorReasons}</span> },
          ...(decision.howMet ? [{ key: t('decision.howMet'), value: t(`decision.routes.${decision.howMet}`) }] : []),
          { key: t('decision.tooMuch'), value: t(decision.tasksExcessiveOrInappropriate ? 'decision.yes' : 'decision.no') },
          { key: t('decision.education'), value: <span className="app-preserve-lines">{decision.impactOnEducation}</span> },
          { key: t('decision.wellbeing'), value: <span className="app-preserve-lines">{decision.impactOnWellbeing}</span> },
          { key: t('decision.development'), value: <span className="app-preserve-lines">{decision.impactOnDevelopment}</span> },
        ]}
      />
    </>
  );
}

const actionColours: Record<ActionStatus, TagColour> = { notStarted: 'grey', inProgress: 'light-blue', done: 'green' };

/** The support plan (s25): needs, how each is met and where it stands, the budget and the next review. */
export function SupportPlanView({ plan, headingLevel = 2, forCarer = false }: ViewProps & { plan: SupportPlan }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useAssessmentWords(forCarer);
  return (
    <>
      <Heading className="govuk-heading-m">{t('plan.heading')}</Heading>
      <SummaryList
        rows={[
          { key: t('plan.needs'), value: <span className="app-preserve-lines">{plan.needs}</span> },
          { key: t('plan.eligibleNeeds'), value: <span className="app-preserve-lines">{plan.eligibleNeeds}</span> },
          { key: t('plan.budget'), value: formatPence(plan.personalBudgetPence) },
          {
            key: t('plan.directPayment'),
            value: plan.directPayment
              ? t('plan.directPaymentText', {
                  amount: formatPence(plan.directPayment.amountPence),
                  frequency: t(`plan.frequencies.${plan.directPayment.frequency}`).toLocaleLowerCase(),
                  needs: plan.directPayment.needs,
                })
              : t('plan.none'),
          },
          { key: t('plan.nextReview'), value: formatDate(plan.nextReviewOn) },
        ]}
      />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{t('plan.caption')}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{t('plan.need')}</th>
            <th scope="col" className="govuk-table__header">{t('plan.howMet')}</th>
            <th scope="col" className="govuk-table__header">{t('plan.status')}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {plan.actions.map((action, index) => (
            <tr className="govuk-table__row" key={index}>
              <td className="govuk-table__cell">{action.need}</td>
              <td className="govuk-table__cell">{action.howMet}</td>
              <td className="govuk-table__cell">
                <Tag colour={actionColours[action.status]}>{t(`plan.actionStatuses.${action.status}`)}</Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
