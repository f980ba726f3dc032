import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { SummaryCard, SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { TaskList } from '@/components/govuk/task-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { Assessment, AssessmentStatus, AwaitingPartnerReferral, Break, EmergencyPlan, GrantApplication } from '@/lib/api/types';
import { formatPence } from '@/lib/money';
import { partnerName } from '@/lib/reference-data';
import { formatDate } from '@/lib/validation/date';
import {
  assessmentNextStep,
  breaksInProgress,
  grantsInProgress,
  homeLinks,
  latestSupportPlan,
  reviewState,
  thingsToDo,
  type ReviewState,
  type ThingToDo,
} from '../home-summary';

/** One of the reads the home page is made from: its data, or that it failed (the rest still shows). */
export type Loaded<T> = { data: T | undefined; failed: boolean };

export type CarerHomeData = {
  name: string;
  today: string;
  assessments: Loaded<Assessment[]>;
  grants: Loaded<GrantApplication[]>;
  breaks: Loaded<Break[]>;
  emergencyPlans: Loaded<EmergencyPlan[]>;
  referrals: Loaded<AwaitingPartnerReferral[]>;
};

const assessmentColours: Record<AssessmentStatus, TagColour> = {
  requested: 'blue',
  offered: 'blue',
  declined: 'grey',
  scheduled: 'light-blue',
  inProgress: 'light-blue',
  completed: 'green',
  reviewed: 'green',
};

const reviewColours: Record<ReviewState, TagColour> = { overdue: 'red', dueSoon: 'yellow', upToDate: 'green' };

/**
 * The carer's home page, where they land after signing in: what is happening in their case and
 * what they can do next, each with a link to act. `notices` is the slot for "Messages we have
 * sent you" (the notices the API sends them), filled in by the route.
 */
export function CarerHomePage({ data, notices }: { data: CarerHomeData; notices?: ReactNode }) {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  const todo = thingsToDo({
    assessments: data.assessments.failed ? null : (data.assessments.data ?? []),
    plans: data.emergencyPlans.data ?? [],
    referrals: data.referrals.data ?? [],
    today: data.today,
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{data.name}</span>
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body-l">{t('lead')}</p>

        <h2 className="govuk-heading-m">{t('todo.heading')}</h2>
        {todo.length === 0 ? <p className="govuk-body">{t('todo.none')}</p> : <ThingsToDo items={todo} />}
        {data.referrals.failed || data.emergencyPlans.failed ? <NotLoaded /> : null}

        <AssessmentCard assessments={data.assessments} />
        <SupportPlanCard assessments={data.assessments} today={data.today} />
        <GrantsCard grants={data.grants} />
        <BreaksCard breaks={data.breaks} today={data.today} />
        <EmergencyPlansCard plans={data.emergencyPlans} today={data.today} />

        {/* The notices the API sends the carer (GET /api/me/notices): the route fills this slot. */}
        {notices ? (
          <section aria-labelledby="home-notices-heading">
            <h2 className="govuk-heading-m" id="home-notices-heading">
              {t('notices.heading')}
            </h2>
            {notices}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function NotLoaded() {
  const { t } = useTranslation('home');
  return <p className="govuk-body">{t('notLoaded')}</p>;
}

function ThingsToDo({ items }: { items: ThingToDo[] }) {
  const { t } = useTranslation('home');
  return (
    <TaskList
      idPrefix="home-todo"
      items={items.map((item) => {
        switch (item.kind) {
          case 'answerReferral': {
            const partner = partnerName(item.partner);
            return {
              id: item.id,
              to: item.to,
              title: t('todo.answerReferral', { partner }),
              hint: t('todo.answerReferralHint', { partner, date: formatDate(item.referredAt) }),
              status: <Tag colour="blue">{t('todo.toDo')}</Tag>,
            };
          }
          case 'reviewEmergencyPlan':
            return {
              id: item.id,
              to: item.to,
              title: t('todo.reviewEmergencyPlan', { name: item.caredForName }),
              hint: t(item.overdue ? 'todo.reviewEmergencyPlanOverdueHint' : 'todo.reviewEmergencyPlanHint', { date: formatDate(item.nextReviewOn) }),
              status: item.overdue ? <Tag colour="red">{t('todo.overdue')}</Tag> : <Tag colour="blue">{t('todo.toDo')}</Tag>,
            };
          case 'finishAssessment':
            return {
              id: item.id,
              to: item.to,
              title: t('todo.finishAssessment'),
              hint: t('todo.finishAssessmentHint'),
              status: <Tag colour="blue">{t('todo.toDo')}</Tag>,
            };
          case 'startAssessment':
            return {
              id: item.id,
              to: item.to,
              title: t('todo.startAssessment'),
              hint: t('todo.startAssessmentHint'),
              status: <Tag colour="blue">{t('todo.toDo')}</Tag>,
            };
        }
      })}
    />
  );
}

/** A card's action link, named in full for a screen reader listing links ("View your grants"). */
function CardLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="govuk-link" to={to}>
      {children}
    </Link>
  );
}

function AssessmentCard({ assessments }: { assessments: Loaded<Assessment[]> }) {
  const { t } = useTranslation('home');
  const latest = assessments.data?.[0];
  return (
    <SummaryCard
      title={t('assessment.heading')}
      actions={
        assessments.failed
          ? undefined
          : [latest ? <CardLink to={homeLinks.assessment}>{t('assessment.view')}</CardLink> : <CardLink to={homeLinks.startAssessment}>{t('assessment.start')}</CardLink>]
      }
    >
      {assessments.failed ? (
        <NotLoaded />
      ) : latest ? (
        <SummaryList
          rows={[
            { key: t('assessment.status'), value: <Tag colour={assessmentColours[latest.status]}>{t(`assessment.statuses.${latest.status}`)}</Tag> },
            { key: t('assessment.next'), value: t(`assessment.nextSteps.${assessmentNextStep(latest)}`, { date: formatDate(latest.scheduledFor) }) },
          ]}
        />
      ) : (
        <p className="govuk-body">{t('assessment.none')}</p>
      )}
    </SummaryCard>
  );
}

function SupportPlanCard({ assessments, today }: { assessments: Loaded<Assessment[]>; today: string }) {
  const { t } = useTranslation('home');
  if (assessments.failed) return null; // said once, on the assessment's card
  const latest = latestSupportPlan(assessments.data ?? []);
  if (!latest) {
    return (
      <SummaryCard title={t('plan.heading')}>
        <p className="govuk-body">{t('plan.none')}</p>
      </SummaryCard>
    );
  }
  const { plan } = latest;
  const review = reviewState(plan.nextReviewOn, today);
  const rows: SummaryListRow[] = [
    {
      key: t('plan.nextReview'),
      value: (
        <>
          {formatDate(plan.nextReviewOn)}
          {review === 'upToDate' ? null : (
            <>
              {' '}
              <Tag colour={review === 'overdue' ? 'red' : 'yellow'}>{t(review === 'overdue' ? 'plan.reviewOverdue' : 'plan.reviewDue')}</Tag>
            </>
          )}
        </>
      ),
    },
    { key: t('plan.actions'), value: String(plan.actions.length) },
  ];
  if (plan.personalBudgetPence > 0) rows.push({ key: t('plan.budget'), value: formatPence(plan.personalBudgetPence) });
  return (
    <SummaryCard title={t('plan.heading')} actions={[<CardLink to={homeLinks.assessment}>{t('plan.view')}</CardLink>]}>
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}

function GrantsCard({ grants }: { grants: Loaded<GrantApplication[]> }) {
  const { t } = useTranslation('home');
  const inProgress = grantsInProgress(grants.data ?? []);
  const any = (grants.data ?? []).length > 0;
  return (
    <SummaryCard
      title={t('grants.heading')}
      actions={
        grants.failed
          ? undefined
          : [
              ...(any ? [<CardLink to={homeLinks.grants}>{t('grants.view')}</CardLink>] : []),
              <CardLink to={homeLinks.applyForGrant}>{t('grants.apply')}</CardLink>,
            ]
      }
    >
      {grants.failed ? (
        <NotLoaded />
      ) : inProgress.length === 0 ? (
        <p className="govuk-body">{t('grants.none')}</p>
      ) : (
        <SummaryList
          rows={inProgress.map((grant) => ({
            key: t(`grants.purposes.${grant.purpose}`),
            value: (
              <>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {t('grants.amountAndDate', { amount: formatPence(grant.amountPence), date: formatDate(grant.submittedAt) })}
                </p>
                <Tag colour={grant.status === 'approved' ? 'green' : 'blue'}>{t(`grants.statuses.${grant.status as 'submitted' | 'approved'}`)}</Tag>
              </>
            ),
          }))}
        />
      )}
    </SummaryCard>
  );
}

function BreaksCard({ breaks, today }: { breaks: Loaded<Break[]>; today: string }) {
  const { t } = useTranslation('home');
  const coming = breaksInProgress(breaks.data ?? [], today);
  const any = (breaks.data ?? []).length > 0;
  return (
    <SummaryCard
      title={t('breaks.heading')}
      actions={
        breaks.failed
          ? undefined
          : [
              ...(any ? [<CardLink to={homeLinks.breaks}>{t('breaks.view')}</CardLink>] : []),
              <CardLink to={homeLinks.askForBreak}>{t('breaks.ask')}</CardLink>,
            ]
      }
    >
      {breaks.failed ? (
        <NotLoaded />
      ) : coming.length === 0 ? (
        <p className="govuk-body">{t('breaks.none')}</p>
      ) : (
        <SummaryList
          rows={coming.map((item) => ({
            key: t(`breaks.types.${item.breakType}`),
            value: (
              <>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {item.startsOn === item.endsOn
                    ? t('breaks.oneDay', { date: formatDate(item.startsOn), name: item.caredForName })
                    : t('breaks.days', { start: formatDate(item.startsOn), end: formatDate(item.endsOn), name: item.caredForName })}
                </p>
                <Tag colour={item.status === 'confirmed' ? 'green' : item.status === 'approved' ? 'turquoise' : 'blue'}>
                  {t(`breaks.statuses.${item.status as 'requested' | 'approved' | 'confirmed'}`)}
                </Tag>
              </>
            ),
          }))}
        />
      )}
    </SummaryCard>
  );
}

function EmergencyPlansCard({ plans, today }: { plans: Loaded<EmergencyPlan[]>; today: string }) {
  const { t } = useTranslation('home');
  const all = plans.data ?? [];
  return (
    <SummaryCard
      title={t('emergencyPlans.heading')}
      actions={
        plans.failed
          ? undefined
          : [<CardLink to={homeLinks.emergencyPlans}>{t(all.length > 0 ? 'emergencyPlans.view' : 'emergencyPlans.make')}</CardLink>]
      }
    >
      {plans.failed ? (
        <NotLoaded />
      ) : all.length === 0 ? (
        <p className="govuk-body">{t('emergencyPlans.none')}</p>
      ) : (
        <SummaryList
          rows={all.map((plan) => {
            const state = reviewState(plan.nextReviewOn, today, plan.reviewOverdue);
            return {
              key: plan.caredForName,
              value: (
                <>
                  <p className="govuk-body govuk-!-margin-bottom-1">{t('emergencyPlans.checkBy', { date: formatDate(plan.nextReviewOn) })}</p>
                  <Tag colour={reviewColours[state]}>{t(`emergencyPlans.states.${state}`)}</Tag>
                </>
              ),
            };
          })}
        />
      )}
    </SummaryCard>
  );
}
