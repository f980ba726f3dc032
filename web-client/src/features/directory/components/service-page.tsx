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
  usePageTitle(service.name);
  return (
    <>
      <BackLink to={backTo ?? directoryPaths.list}>Back to local help for carers</BackLink>
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
              { key: 'Who it is for', value: <WhoItIsFor service={service} /> },
              { key: 'Contact', value: <ContactDetails service={service} /> },
              { key: 'Languages', value: <Languages service={service} /> },
            ]}
          />
          {canAskForFormat ? (
            <p className="govuk-body app-no-print">
              <Link className="govuk-link" to={paths.askForInformation('leaflet', `Information about ${service.name}`)}>
                Ask for information about this service in another format or language
              </Link>
              , such as large print, easy read, audio, Braille, British Sign Language or Urdu.
            </p>
          ) : null}
          <h2 className="govuk-heading-l">Opening hours</h2>
          {service.openingHours.length === 0 ? (
            <p className="govuk-body">This service has no set opening hours. Get in touch to find out when you can reach it.</p>
          ) : (
            <>
              <p className="govuk-body">Times are UK time. Bank holidays may be different.</p>
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
