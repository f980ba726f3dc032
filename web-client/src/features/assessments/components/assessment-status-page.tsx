import { Link } from 'react-router';
import { DecisionView, SupportPlanView, YoungCarerDecisionView } from '@/components/assessment/decision-and-plan';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment, AssessmentStatus } from '@/lib/api/types';
import { assessmentKindLabels, assessmentStatusLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { assessmentPaths } from '../paths';

const statusColours: Record<AssessmentStatus, TagColour> = {
  requested: 'blue',
  offered: 'blue',
  declined: 'grey',
  scheduled: 'light-blue',
  inProgress: 'light-blue',
  completed: 'green',
  reviewed: 'green',
};

/** Where the assessment stands, in plain English. */
export function whereItStands(assessment: Assessment): string {
  switch (assessment.status) {
    case 'requested':
      return 'We have your request. An assessor will contact you to arrange your assessment.';
    case 'offered':
      return 'We have offered you an assessment. An assessor will contact you to arrange a time.';
    case 'scheduled':
      return `Your assessment is arranged${assessment.scheduledFor ? ` for ${formatDate(assessment.scheduledFor)}` : ''}.`;
    case 'inProgress':
      return assessment.submittedAt
        ? 'You have sent us your answers. An assessor will read them, may contact you to talk them through, and will then decide whether you have eligible needs.'
        : 'Your assessment is under way.';
    case 'declined':
      return 'You declined your assessment. That is your right (section 11 of the Care Act 2014).';
    case 'completed':
      return 'Your assessment is finished and we have made a decision.';
    case 'reviewed':
      return 'Your assessment has been reviewed.';
  }
}

type Banner = 'submitted' | 'declined' | 'requested' | null;

/** The carer's latest assessment: where it stands, and once decided the decision and the support plan. */
export function AssessmentStatusPage({ assessment, banner }: { assessment: Assessment; banner: Banner }) {
  usePageTitle('Your assessment');
  const canDecline = assessment.status === 'requested' || assessment.status === 'offered' || assessment.status === 'scheduled';
  const canAskAgain = assessment.status === 'declined' || assessment.status === 'completed' || assessment.status === 'reviewed';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner === 'submitted' ? <NotificationBanner type="success" heading="You have sent your assessment" /> : null}
        {banner === 'declined' ? <NotificationBanner type="success" heading="You have declined your assessment" /> : null}
        {banner === 'requested' ? <NotificationBanner type="success" heading="You have asked for an assessment" /> : null}
        <h1 className="govuk-heading-l">Your assessment</h1>
        <p className="govuk-body">
          <Tag colour={statusColours[assessment.status]}>{assessmentStatusLabels[assessment.status]}</Tag>
        </p>
        <p className="govuk-body">{whereItStands(assessment)}</p>
        {assessment.status === 'declined' ? (
          <div className="govuk-inset-text">
            {assessment.reofferOn ? <>We will offer you an assessment again on {formatDate(assessment.reofferOn)}. </> : null}
            You can ask for one at any time before then.
          </div>
        ) : null}
        <SummaryList
          rows={[
            { key: 'Type', value: assessmentKindLabels[assessment.kind] },
            { key: 'Asked for on', value: formatDateTime(assessment.requestedAt) },
            { key: 'Filled in by', value: assessment.selfAssessment ? 'You (a supported self-assessment)' : 'An assessor with you' },
            ...(assessment.submittedAt ? [{ key: 'Sent to us on', value: formatDateTime(assessment.submittedAt) }] : []),
          ]}
        />
        {assessment.decision ? <DecisionView decision={assessment.decision} /> : null}
        {assessment.youngCarerDecision ? <YoungCarerDecisionView decision={assessment.youngCarerDecision} /> : null}
        {assessment.supportPlan ? <SupportPlanView plan={assessment.supportPlan} /> : null}
        {assessment.decision ? (
          <p className="govuk-body">
            {/* The support plan once there is one, else the decision. */}
            <Link className="govuk-link" to={paths.askForInformation(assessment.supportPlan ? 'supportPlan' : 'assessmentDecision')}>
              Ask for this in another format
            </Link>
          </p>
        ) : null}
        {assessment.decision && !assessment.supportPlan && assessment.decision.eligible ? (
          <p className="govuk-body">Your assessor will agree a support plan with you.</p>
        ) : null}
        {canDecline ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={assessmentPaths.decline(assessment.id)}>
              Decline your assessment
            </Link>
          </p>
        ) : null}
        {canAskAgain ? <ButtonLink to={assessmentPaths.start} variant="secondary">Ask for a new assessment</ButtonLink> : null}
      </div>
    </div>
  );
}

/** No assessment yet: what it is, and how to start. */
export function NoAssessmentPage() {
  usePageTitle('Your assessment');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your assessment</h1>
        <p className="govuk-body">
          A carer’s assessment looks at how caring affects your life and what would help you, such as a break, support
          with work, or a grant. Anyone who cares for someone has a right to one, and it is free.
        </p>
        <p className="govuk-body">You can fill it in yourself online, or ask for an assessor to do it with you.</p>
        <ButtonLink to={assessmentPaths.start}>Start your assessment</ButtonLink>
      </div>
    </div>
  );
}
