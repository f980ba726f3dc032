import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DecisionView, SupportPlanView, YoungCarerDecisionView } from '@/components/assessment/decision-and-plan';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment, AssessmentStatus } from '@/lib/api/types';
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

/** Where the assessment stands, in plain words. */
export function whereItStands(assessment: Assessment, t: TFunction<'assessment'>): string {
  switch (assessment.status) {
    case 'scheduled':
      return assessment.scheduledFor ? t('home.whereItStands.scheduledFor', { date: formatDate(assessment.scheduledFor) }) : t('home.whereItStands.scheduled');
    case 'inProgress':
      return t(assessment.submittedAt ? 'home.whereItStands.submitted' : 'home.whereItStands.inProgress');
    default:
      return t(`home.whereItStands.${assessment.status}`);
  }
}

type Banner = 'submitted' | 'declined' | 'requested' | null;

/** The carer's latest assessment: where it stands, and once decided the decision and the support plan. */
export function AssessmentStatusPage({ assessment, banner }: { assessment: Assessment; banner: Banner }) {
  const { t } = useTranslation('assessment');
  usePageTitle(t('home.title'));
  const canDecline = assessment.status === 'requested' || assessment.status === 'offered' || assessment.status === 'scheduled';
  const canAskAgain = assessment.status === 'declined' || assessment.status === 'completed' || assessment.status === 'reviewed';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? <NotificationBanner type="success" heading={t(`home.banners.${banner}`)} /> : null}
        <h1 className="govuk-heading-l">{t('home.title')}</h1>
        <p className="govuk-body">
          <Tag colour={statusColours[assessment.status]}>{t(`statuses.${assessment.status}`)}</Tag>
        </p>
        <p className="govuk-body">{whereItStands(assessment, t)}</p>
        {assessment.status === 'declined' ? (
          <div className="govuk-inset-text">
            {assessment.reofferOn ? <>{t('home.reofferOn', { date: formatDate(assessment.reofferOn) })} </> : null}
            {t('home.askAnyTime')}
          </div>
        ) : null}
        <SummaryList
          rows={[
            { key: t('home.type'), value: t(`kinds.${assessment.kind}`) },
            { key: t('home.askedForOn'), value: formatDateTime(assessment.requestedAt) },
            { key: t('home.filledInBy'), value: t(assessment.selfAssessment ? 'home.byYou' : 'home.byAssessor') },
            ...(assessment.submittedAt ? [{ key: t('home.sentOn'), value: formatDateTime(assessment.submittedAt) }] : []),
          ]}
        />
        {assessment.decision ? <DecisionView decision={assessment.decision} forCarer /> : null}
        {assessment.youngCarerDecision ? <YoungCarerDecisionView decision={assessment.youngCarerDecision} forCarer /> : null}
        {assessment.supportPlan ? <SupportPlanView plan={assessment.supportPlan} forCarer /> : null}
        {assessment.decision ? (
          <p className="govuk-body">
            {/* The support plan once there is one, else the decision. */}
            <Link className="govuk-link" to={paths.askForInformation(assessment.supportPlan ? 'supportPlan' : 'assessmentDecision')}>
              {t('home.otherFormat')}
            </Link>
          </p>
        ) : null}
        {assessment.decision && !assessment.supportPlan && assessment.decision.eligible ? (
          <p className="govuk-body">{t('home.planToCome')}</p>
        ) : null}
        {canDecline ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={assessmentPaths.decline(assessment.id)}>
              {t('home.decline')}
            </Link>
          </p>
        ) : null}
        {canAskAgain ? <ButtonLink to={assessmentPaths.start} variant="secondary">{t('home.askAgain')}</ButtonLink> : null}
      </div>
    </div>
  );
}

/** No assessment yet: what it is, and how to start. */
export function NoAssessmentPage() {
  const { t } = useTranslation('assessment');
  usePageTitle(t('home.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('home.title')}</h1>
        <p className="govuk-body">{t('home.none.what')}</p>
        <p className="govuk-body">{t('home.none.how')}</p>
        <ButtonLink to={assessmentPaths.start}>{t('home.none.start')}</ButtonLink>
      </div>
    </div>
  );
}
