import { Link, useNavigate, useSearchParams } from 'react-router';
import { SummaryList } from '@/components/govuk/summary-list';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import type { DirectoryService } from '@/lib/api/types';
import { serviceChannelLabels } from '@/lib/reference-data';
import { useDirectoryServices } from '../api/list-directory-services';
import { directoryQueryString, filtersFrom, filtersInWords } from '../filters';
import { weekInWords } from '../opening-hours';
import { directoryPaths } from '../paths';
import { DirectoryFilterForm } from './directory-filters';
import { ContactDetails, Languages, OpenNowTag, WhoItIsFor } from './service-parts';

function ServiceEntry({ service }: { service: DirectoryService }) {
  return (
    <li className="app-directory-entry">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={directoryPaths.service(service.id)}>
          {service.name}
        </Link>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <OpenNowTag open={service.openNow} />
      </p>
      <p className="govuk-body">{service.summary}</p>
      <SummaryList
        rows={[
          { key: 'Who it is for', value: <WhoItIsFor service={service} /> },
          { key: 'Contact', value: <ContactDetails service={service} /> },
          { key: 'Languages', value: <Languages service={service} /> },
          ...service.openingHours.map((hours) => ({
            key: `${serviceChannelLabels[hours.channel]} hours`,
            value: weekInWords(hours.slots),
          })),
        ]}
      />
    </li>
  );
}

/** The public directory (no sign-in): filters in the address, services in name order, 20 a page. */
export function DirectoryPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFrom(params);
  const { cursor, pageNumber, focusRef, links } = useCursorPaging<HTMLHeadingElement>();
  const query = useDirectoryServices(filters, cursor);
  const heading = filtersInWords(filters);
  usePageTitle(`Find local help for carers${heading === 'All services' ? '' : `: ${heading.toLowerCase()}`}`);

  return (
    <>
      <h1 className="govuk-heading-xl">Find local help for carers</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">Groups and services in Luton that help carers and the people they look after.</p>
          <p className="govuk-body">You do not need to sign in. Call, email or visit them yourself. Opening times are in UK time.</p>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third app-no-print">
          <DirectoryFilterForm
            key={params.toString()}
            initial={filters}
            onApply={(next) => void navigate({ pathname: directoryPaths.list, search: directoryQueryString(next) })}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-l" ref={focusRef}>
            {heading}
            {pageNumber > 1 ? `, page ${pageNumber}` : ''}
          </h2>
          {query.isPending ? (
            <p className="govuk-body" role="status">
              Loading…
            </p>
          ) : query.isError ? (
            <p className="govuk-body">Sorry, the list could not be loaded. Try again later.</p>
          ) : query.data.items.length === 0 ? (
            <p className="govuk-body">
              No services match. Try{' '}
              <Link className="govuk-link" to={directoryPaths.list}>
                all services
              </Link>
              , or choose fewer filters.
            </p>
          ) : (
            <>
              <ul className="govuk-list app-directory-list" aria-label={heading}>
                {query.data.items.map((service) => (
                  <ServiceEntry key={service.id} service={service} />
                ))}
              </ul>
              <PrevNextPagination {...links(query.data.nextCursor)} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
