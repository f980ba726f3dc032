import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { DirectoryService } from '@/lib/api/types';
import { directoryPaths } from '../paths';
import { OpeningHoursTable } from './opening-hours-table';
import { ContactDetails, Languages, OpenNowTag, WhoItIsFor } from './service-parts';

/**
 * One service, public: what it offers, who for, how to get in touch, and each channel's hours; a
 * manager also gets Change and Retire. A carer, or someone not signed in (who signs in first), can
 * ask for information about the service in another format or language.
 */
export function ServicePage({
  service,
  backTo,
  manager,
  canAskForFormat,
}: {
  service: DirectoryService;
  backTo: string | undefined;
  manager: boolean;
  canAskForFormat: boolean;
}) {
  const { t } = useTranslation('directory');
  usePageTitle(service.name);
  return (
    <>
      <BackLink to={backTo ?? directoryPaths.list}>{t('service.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l govuk-!-margin-bottom-3">{service.name}</h1>
          <p className="govuk-body">
            <OpenNowTag open={service.openNow} />
          </p>
          <p className="govuk-body-l">{service.summary}</p>
          {manager ? (
            <ul className="govuk-list app-inline-list app-no-print">
              <li>
                <Link className="govuk-link" to={directoryPaths.change(service.id)}>
                  Change this service
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={directoryPaths.retire(service.id)}>
                  Retire this service
                </Link>
              </li>
            </ul>
          ) : null}
          <SummaryList
            rows={[
              { key: t('list.whoFor'), value: <WhoItIsFor service={service} /> },
              { key: t('list.contact'), value: <ContactDetails service={service} /> },
              { key: t('list.languages'), value: <Languages service={service} /> },
            ]}
          />
          {canAskForFormat ? (
            <p className="govuk-body app-no-print">
              <Trans
                t={t}
                i18nKey="service.askFormat"
                components={[<Link key="ask" className="govuk-link" to={paths.askForInformation('leaflet', t('service.askFormatAbout', { name: service.name }))} />]}
              />
            </p>
          ) : null}
          <h2 className="govuk-heading-l">{t('service.hoursHeading')}</h2>
          {service.openingHours.length === 0 ? (
            <p className="govuk-body">{t('service.noHours')}</p>
          ) : (
            <>
              <p className="govuk-body">{t('service.ukTime')}</p>
              {service.openingHours.map((hours) => (
                <OpeningHoursTable key={hours.channel} hours={hours} />
              ))}
            </>
          )}
        </div>
      </div>
    </>
  );
}
