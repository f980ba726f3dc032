import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useMatchCandidate, useMatchCandidates } from '@/features/match-queue/api/list-match-candidates';
import { MatchDecisionForm } from '@/features/match-queue/components/match-decision-form';
import { MatchQueueTable } from '@/features/match-queue/components/match-queue-table';
import { decisionDoneText } from '@/features/match-queue/decision';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { MatchCandidate } from '@/lib/api/types';

const title = 'Match queue';

type QueueState = { banner?: string };

export function MatchQueueRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const state: unknown = useLocation().state;
  const banner = (state as QueueState | null)?.banner;
  const query = useMatchCandidates(paging.cursor);
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);
  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const candidates = query.data.items;

  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            When someone new comes in with the same surname, date of birth and postcode as a carer we hold, nothing is merged
            automatically. Compare the two records, then merge them or keep them apart.
          </p>
        </div>
      </div>
      {candidates.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">There are no matches waiting for a decision.</p>
      ) : (
        <>
          <MatchQueueTable candidates={candidates} pageNumber={paging.pageNumber} captionRef={paging.focusRef} />
          <PrevNextPagination {...paging.links(query.data.nextCursor)} />
        </>
      )}
    </>
  );
}

export function MatchCandidateRoute() {
  const { candidateId = '' } = useParams();
  const state: unknown = useLocation().state;
  const navigate = useNavigate();
  const fromQueue = (state as { candidate?: MatchCandidate } | null)?.candidate;
  const query = useMatchCandidate(candidateId, fromQueue);

  if (query.isPending) return <PageLoading title="Are these the same person?" />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <PageNotFound />;
    return <ServiceProblem error={query.error} />;
  }
  if (!query.data) return <MatchAlreadyDecided />;
  const candidate = query.data;
  return (
    <MatchDecisionForm
      key={candidate.id}
      candidate={candidate}
      onDecided={(choice) => void navigate(paths.matchQueue, { state: { banner: decisionDoneText(choice, candidate) } satisfies QueueState })}
    />
  );
}

function MatchAlreadyDecided() {
  usePageTitle('This match is no longer waiting');
  return (
    <>
      <BackLink to={paths.matchQueue}>Back to the match queue</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">This match is no longer waiting</h1>
          <p className="govuk-body">Someone has already decided it, or one of the records has been merged into another.</p>
        </div>
      </div>
    </>
  );
}
