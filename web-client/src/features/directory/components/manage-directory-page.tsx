import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { audienceLabels } from '@/lib/reference-data';
import { useDirectoryServices } from '../api/list-directory-services';
import { directoryPaths } from '../paths';

/** Managers: every live service in name order, 50 a page, with Change and Retire, and Add a service. */
export function ManageDirectoryPage({ banner }: { banner: string | undefined }) {
  const { cursor, pageNumber, focusRef, links } = useCursorPaging<HTMLTableCaptionElement>();
  const query = useDirectoryServices({}, cursor, 50);
  const title = 'Directory of local services';
  usePageTitle(title);

  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The services anyone can find on the{' '}
            <Link className="govuk-link" to={directoryPaths.list}>
              public directory
            </Link>
            , without signing in. Keep their contact details and opening hours right; retire a service that has closed.
          </p>
          <ButtonLink to={directoryPaths.add}>Add a service</ButtonLink>
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <p className="govuk-body">Sorry, the directory could not be loaded. Try again later.</p>
      ) : (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m" ref={focusRef}>
              Services{pageNumber > 1 ? `, page ${pageNumber}` : ''}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Who it is for
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {query.data.items.map((service) => (
                <tr className="govuk-table__row" key={service.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={directoryPaths.service(service.id)}>
                      {service.name}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{service.audiences.map((audience) => audienceLabels[audience]).join('; ')}</td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      <li>
                        <Link className="govuk-link" to={directoryPaths.change(service.id)}>
                          Change<span className="govuk-visually-hidden"> {service.name}</span>
                        </Link>
                      </li>
                      <li>
                        <Link className="govuk-link" to={directoryPaths.retire(service.id)}>
                          Retire<span className="govuk-visually-hidden"> {service.name}</span>
                        </Link>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <PrevNextPagination {...links(query.data.nextCursor)} />
        </>
      )}
    </>
  );
}
