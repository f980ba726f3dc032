import { useLocation, useNavigate, useParams } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useSurveyResults } from '@/features/survey-work/api/get-survey-results';
import { useReloadSurveyYears, useSurveyYears } from '@/features/survey-work/api/list-survey-years';
import { CloseSurveyYearForm } from '@/features/survey-work/components/close-survey-year-form';
import { OpenSurveyYearForm } from '@/features/survey-work/components/open-survey-year-form';
import { SurveyResultsView } from '@/features/survey-work/components/survey-results-view';
import { SurveyYearsTable } from '@/features/survey-work/components/survey-years-table';
import { financialYearOf } from '@/features/survey-work/forms';
import { surveyWorkPaths } from '@/features/survey-work/paths';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';
import { surveyYearInWords } from '@/lib/survey-questions';
import { todayIso } from '@/lib/validation/date';

function useIsManager(): boolean {
  const { session } = useAuth();
  return session ? areaForRole(session.role) === 'manager' : false;
}

/** The survey years, newest first; managers open this year's and close the open one. */
export function SurveyYearsRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useSurveyYears(paging.cursor);
  const manager = useIsManager();
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const title = 'Carers’ survey';
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);
  // One year open at a time, each year opened once: offered only when neither stands in the way.
  const thisYear = financialYearOf(todayIso());
  const canOpen = query.data ? !query.data.items.some((year) => year.status === 'open' || year.financialYear === thisYear) : false;
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Once a year carers answer the 7 questions of the national carers’ survey: six about their quality of life and one about how satisfied
            they are with support. Answers are not linked to any carer, and results are shown only for groups of at least 5.
          </p>
          {manager && canOpen && paging.pageNumber === 1 ? <ButtonLink to={surveyWorkPaths.open}>Open this year’s survey</ButtonLink> : null}
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">No survey year has been opened yet.</p>
      ) : (
        <>
          <SurveyYearsTable
            years={query.data.items}
            canManage={manager}
            caption={paging.pageNumber > 1 ? `Survey years, page ${paging.pageNumber}` : 'Survey years'}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

export function OpenSurveyYearRoute() {
  const navigate = useNavigate();
  return (
    <OpenSurveyYearForm
      today={todayIso()}
      onOpened={(year) =>
        void navigate(surveyWorkPaths.years, { state: { banner: `The carers’ survey for ${surveyYearInWords(year.financialYear)} is open` } })
      }
    />
  );
}

export function CloseSurveyYearRoute() {
  const year = Number(useParams().financialYear);
  const query = useSurveyYears(undefined);
  const reload = useReloadSurveyYears();
  const navigate = useNavigate();
  if (!Number.isInteger(year)) return <PageNotFound />;
  if (query.isPending) return <PageLoading title="Close the carers’ survey" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const found = query.data.items.find((item) => item.financialYear === year);
  if (!found) return <PageNotFound />;
  return (
    <CloseSurveyYearForm
      key={found.eTag}
      year={found}
      onStale={reload}
      onClosed={(closed) =>
        void navigate(surveyWorkPaths.years, { state: { banner: `The carers’ survey for ${surveyYearInWords(closed.financialYear)} is closed` } })
      }
    />
  );
}

export function SurveyResultsRoute() {
  const year = Number(useParams().financialYear);
  const query = useSurveyResults(year);
  if (!Number.isInteger(year)) return <PageNotFound />;
  if (query.isPending) return <PageLoading title="Carers’ survey results" />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  return <SurveyResultsView results={query.data} />;
}
