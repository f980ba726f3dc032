import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SummaryList } from '@/components/govuk/summary-list';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { currentLocale } from '@/i18n/i18n';
import type { DirectoryService } from '@/lib/api/types';
import { useDirectoryServices } from '../api/list-directory-services';
import { directoryQueryString, filtersFrom, filtersInWords } from '../filters';
import { weekInWords } from '../opening-hours';
import { directoryPaths } from '../paths';
import { DirectoryFilterForm } from './directory-filters';
import { ContactDetails, Languages, OpenNowTag, WhoItIsFor } from './service-parts';

function ServiceEntry({ service }: { service: DirectoryService }) {
  const { t } = useTranslation('directory');
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
          { key: t('list.whoFor'), value: <WhoItIsFor service={service} /> },
          { key: t('list.contact'), value: <ContactDetails service={service} /> },
          { key: t('list.languages'), value: <Languages service={service} /> },
          ...service.openingHours.map((hours) => ({
            key: t('list.channelHours', { channel: t(`channels.${hours.channel}`) }),
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
  const { t } = useTranslation('directory');
  const heading = filtersInWords(filters);
  const filtered = Boolean(filters.for ?? filters.need);
  usePageTitle(filtered ? t('list.titleFiltered', { filters: heading.toLocaleLowerCase(currentLocale()) }) : t('list.title'));

  return (
    <>
      <h1 className="govuk-heading-xl">{t('list.title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">{t('list.lead')}</p>
          <p className="govuk-body">{t('list.noSignIn')}</p>
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
            {pageNumber > 1 ? t('list.page', { heading, page: pageNumber }) : heading}
          </h2>
          {query.isPending ? (
            <p className="govuk-body" role="status">
              {t('list.loading')}
            </p>
          ) : query.isError ? (
            <p className="govuk-body">{t('list.failed')}</p>
          ) : query.data.items.length === 0 ? (
            <p className="govuk-body">
              <Trans t={t} i18nKey="list.none" components={[<Link key="all" className="govuk-link" to={directoryPaths.list} />]} />
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
