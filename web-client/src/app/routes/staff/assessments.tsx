import { useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useAssessment, useRefreshAssessment } from '@/features/assessment-work/api/get-assessment';
import { useAssessmentQueue } from '@/features/assessment-work/api/list-assessment-queue';
import { AssessmentQueue } from '@/features/assessment-work/components/assessment-queue';
import { AssessmentWorkPage } from '@/features/assessment-work/components/assessment-work-page';
import { AssessmentRecordForm } from '@/features/assessment-work/components/assessment-record-form';
import { CompleteAssessmentForm } from '@/features/assessment-work/components/complete-assessment-form';
import { YoungCarerDecisionForm } from '@/features/assessment-work/components/young-carer-decision-form';
import { ReviewAssessmentForm } from '@/features/assessment-work/components/review-assessment-form';
import { SupportPlanForm } from '@/features/assessment-work/components/support-plan-form';
import { assessmentWorkPaths, isQueueName } from '@/features/assessment-work/paths';
import { useAuth } from '@/lib/auth/auth-context';

export function AssessmentQueueRoute() {
  const [search] = useSearchParams();
  const raw = search.get('queue');
  const queue = isQueueName(raw) ? raw : 'unallocated';
  const cursor = search.get('cursor') ?? undefined;
  const query = useAssessmentQueue(queue, cursor);
  if (query.isError) return <ServiceProblem error={query.error} />;
  const next = query.data?.nextCursor;
  return (
    <AssessmentQueue
      queue={queue}
      page={query.data}
      loading={query.isFetching}
      nextTo={next ? `${assessmentWorkPaths.queue(queue)}&cursor=${encodeURIComponent(next)}` : undefined}
    />
  );
}

type WorkState = { carerName?: string; done?: string } | null;

function useStaffAssessment() {
  const { assessmentId = '' } = useParams();
  const query = useAssessment(assessmentId);
  const refresh = useRefreshAssessment(assessmentId);
  // A change refused as stale (412) reads the assessment again; a form keyed by the ETag then starts afresh from it.
  const [conflict, setConflict] = useState(false);
  const onConflict = () => {
    setConflict(true);
    refresh();
  };
  return { assessmentId, query, conflict, onConflict };
}

export function AssessmentWorkRoute() {
  const { query } = useStaffAssessment();
  const state = useLocation().state as WorkState;
  const { session } = useAuth();
  if (query.isPending) return <PageLoading title="Assessment" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <AssessmentWorkPage view={query.data.data} etag={query.data.etag} carerName={state?.carerName} me={session?.subject ?? ''} banner={state?.done} />;
}

function useBackToAssessment(assessmentId: string) {
  const navigate = useNavigate();
  const state = useLocation().state as WorkState;
  return (done: string) => void navigate(assessmentWorkPaths.assessment(assessmentId), { state: { carerName: state?.carerName, done } });
}

export function CompleteAssessmentRoute() {
  const { assessmentId, query } = useStaffAssessment();
  const back = useBackToAssessment(assessmentId);
  if (query.isPending) return <PageLoading title="Record the eligibility decision" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <CompleteAssessmentForm assessment={query.data.data.assessment} etag={query.data.etag} onDone={() => back('The decision is recorded')} />;
}

export function SupportPlanRoute() {
  const { assessmentId, query, conflict, onConflict } = useStaffAssessment();
  const back = useBackToAssessment(assessmentId);
  if (query.isPending) return <PageLoading title="Record the support plan" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return (
    <SupportPlanForm
      // A new ETag (after a 412 and a fresh read) fills the form again from the newer plan.
      key={query.data.etag ?? 'no-etag'}
      assessment={query.data.data.assessment}
      etag={query.data.etag}
      conflict={conflict}
      onConflict={onConflict}
      onDone={() => back('The support plan is saved')}
    />
  );
}

export function ReviewAssessmentRoute() {
  const { assessmentId, query } = useStaffAssessment();
  const back = useBackToAssessment(assessmentId);
  if (query.isPending) return <PageLoading title="Review the assessment" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <ReviewAssessmentForm assessment={query.data.data.assessment} etag={query.data.etag} onDone={() => back('The review is recorded')} />;
}

export function AssessmentRecordRoute() {
  const { assessmentId, query, onConflict } = useStaffAssessment();
  const decide = query.data?.data.assessment.kind === 'youngCarer' ? assessmentWorkPaths.youngCarerDecision(assessmentId) : assessmentWorkPaths.complete(assessmentId);
  if (query.isPending) return <PageLoading title="Record the assessment" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <AssessmentRecordForm versioned={query.data} onDecide={decide} onStale={onConflict} />;
}

export function YoungCarerDecisionRoute() {
  const { assessmentId, query, onConflict } = useStaffAssessment();
  const back = useBackToAssessment(assessmentId);
  if (query.isPending) return <PageLoading title="Record the young carer’s decision" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <YoungCarerDecisionForm versioned={query.data} onDone={() => back('The decision is recorded')} onStale={onConflict} />;
}
