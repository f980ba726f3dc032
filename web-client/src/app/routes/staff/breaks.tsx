import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useBreakProviders } from '@/features/break-work/api/list-break-providers';
import { useBreak } from '@/features/break-work/api/get-break';
import { useBreakQueue } from '@/features/break-work/api/list-break-queue';
import { AddProviderForm } from '@/features/break-work/components/add-provider-form';
import { BreakQueueTable } from '@/features/break-work/components/break-queue-table';
import { BreakWorkPage } from '@/features/break-work/components/break-work-page';
import { CapacityWindowForm } from '@/features/break-work/components/capacity-window-form';
import { ProviderCapacityTable } from '@/features/break-work/components/provider-capacity';
import { capacityWindow, isQueueView, queueViews } from '@/features/break-work/forms';
import { breakWorkPaths } from '@/features/break-work/paths';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';
import { addDays, formatDayRange } from '@/lib/calendar';
import { todayIso } from '@/lib/validation/date';

/** Assessors' break queue: a list per status, emergencies first, a page at a time (Previous and Next follow the API's cursors). */
export function BreakQueueRoute() {
  const [params] = useSearchParams();
  const raw = params.get('status');
  const status = isQueueView(raw) ? raw : 'requested';
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useBreakQueue(status, paging.cursor);
  const viewText = queueViews.find((view) => view.status === status)?.text ?? '';
  const title = `Breaks: ${viewText.toLowerCase()}`;
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);

  return (
    <>
      <h1 className="govuk-heading-l">Breaks</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Carers’ requests for breaks, emergencies first, then the oldest. Approve or decline a request, record the provider’s
            confirmation, and mark a break completed once it has taken place. See the{' '}
            <Link className="govuk-link" to={breakWorkPaths.providers}>
              places each provider has left
            </Link>
            .
          </p>
        </div>
      </div>
      <nav aria-label="Breaks by status" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-inline-list">
          {queueViews.map((view) => (
            <li key={view.status}>
              <Link
                className={`govuk-link govuk-link--no-visited-state${view.status === status ? ' govuk-!-font-weight-bold' : ''}`}
                to={breakWorkPaths.queueView(view.status)}
                aria-current={view.status === status ? 'page' : undefined}
              >
                {view.text}
              </Link>
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
        <p className="govuk-body">There are no breaks here.</p>
      ) : (
        <>
          <BreakQueueTable
            breaks={query.data.items}
            caption={paging.pageNumber > 1 ? `${viewText}, page ${paging.pageNumber}` : viewText}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

/** One break, read with GetBreak (its latest version and eTag), whether opened from the queue or directly. */
export function BreakRoute() {
  const { breakId = '' } = useParams();
  const found = useBreak(breakId);
  if (found.isPending) return <PageLoading title="Break" />;
  if (found.isError) return isApiError(found.error) && (found.error.status === 404 || found.error.status === 400) ? <PageNotFound /> : <ServiceProblem error={found.error} />;
  return <BreakWorkPage key={breakId} initial={found.data} />;
}

/** Provider capacity (assessors and managers): places taken and left, per provider and day, over up to 31 days. */
export function BreakProvidersRoute() {
  const [params] = useSearchParams();
  const { session } = useAuth();
  const manager = session ? areaForRole(session.role) === 'manager' : false;
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const today = todayIso();
  const shown = capacityWindow(params.get('from'), params.get('days'), today);
  const query = useBreakProviders(shown.from, shown.to);
  const title = 'Break providers';
  usePageTitle(title);
  const earlier = addDays(shown.from, -shown.days);
  const later = addDays(shown.from, shown.days);
  const link = (from: string) => `${breakWorkPaths.providers}?from=${from}&days=${shown.days}`;

  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">The providers of carers breaks, the places they have each day, and how many are taken.</p>
          {manager ? <ButtonLink to={breakWorkPaths.addProvider}>Add a provider</ButtonLink> : null}
          <CapacityWindowForm key={`${shown.from}-${shown.days}`} from={shown.from} days={shown.days} />
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Places from {formatDayRange(query.data.from, query.data.to)}</h2>
          {query.data.providers.length === 0 ? (
            <p className="govuk-body">No providers are registered yet.</p>
          ) : (
            <nav aria-label="Providers on this page">
              <ul className="govuk-list">
                {query.data.providers.map((provider) => (
                  <li key={provider.providerId}>
                    <a className="govuk-link" href={`#provider-${provider.providerId}`}>
                      {provider.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {query.data.providers.map((provider) => (
            <ProviderCapacityTable key={provider.providerId} provider={provider} from={query.data.from} to={query.data.to} />
          ))}
          <PrevNextPagination
            ariaLabel="Other days"
            previous={{ to: link(earlier) }}
            next={{ to: link(later) }}
            previousText="Earlier days"
            nextText="Later days"
            previousLabel={formatDayRange(earlier, addDays(earlier, shown.days - 1))}
            nextLabel={formatDayRange(later, addDays(later, shown.days - 1))}
          />
        </>
      )}
    </>
  );
}

export function AddBreakProviderRoute() {
  const navigate = useNavigate();
  return <AddProviderForm onAdded={(name) => void navigate(breakWorkPaths.providers, { state: { banner: `${name} added` } })} />;
}
