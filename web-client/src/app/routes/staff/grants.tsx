import { Link, useParams, useSearchParams } from 'react-router';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useGrantApplication } from '@/features/grant-work/api/get-grant-application';
import { useGrantApplications } from '@/features/grant-work/api/list-grant-applications';
import { ApplicationsTable } from '@/features/grant-work/components/applications-table';
import { GrantApplicationPage } from '@/features/grant-work/components/grant-application-page';
import { GrantBudgetPage } from '@/features/grant-work/components/grant-budget-page';
import { applicationsQuery, applicationsViews, isApplicationsView } from '@/features/grant-work/forms';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';

export function GrantApplicationsRoute() {
  const [params] = useSearchParams();
  const rawView = params.get('status');
  const view = isApplicationsView(rawView) ? rawView : 'submitted';
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useGrantApplications(applicationsQuery(view, paging.cursor));
  const viewText = applicationsViews.find((item) => item.view === view)?.text ?? '';
  const title = `Grant applications: ${viewText.toLowerCase()}`;
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);

  return (
    <>
      <h1 className="govuk-heading-l">Grant applications</h1>
      <nav aria-label="Grant applications by status" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-inline-list" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 24px' }}>
          {applicationsViews.map((item) => (
            <li key={item.view}>
              {item.view === view ? (
                <Link className="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold" to={`?status=${item.view}`} aria-current="page">
                  {item.text}
                </Link>
              ) : (
                <Link className="govuk-link govuk-link--no-visited-state" to={`?status=${item.view}`}>
                  {item.text}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">There are no applications here.</p>
      ) : (
        <>
          <ApplicationsTable
            applications={query.data.items}
            caption={paging.pageNumber > 1 ? `${viewText}, page ${paging.pageNumber}` : viewText}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

/** One application, read with GetGrantApplication (its latest version and eTag), whether opened from a list or directly. */
export function GrantApplicationRoute() {
  const { grantId = '' } = useParams();
  const found = useGrantApplication(grantId);
  if (found.isPending) return <PageLoading title="Grant application" />;
  if (found.isError) return isApiError(found.error) && (found.error.status === 404 || found.error.status === 400) ? <PageNotFound /> : <ServiceProblem error={found.error} />;
  return <GrantApplicationPage key={grantId} initial={found.data} />;
}

export function GrantBudgetRoute() {
  return <GrantBudgetPage />;
}
