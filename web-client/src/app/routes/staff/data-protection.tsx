import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';

/** The council's data-protection team lands here: carers' requests for their data, and records due to be anonymised. */
export function DataProtectionHomeRoute() {
  usePageTitle('Data protection');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Data protection</h1>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={paths.subjectAccessRequests}>
              Subject access requests
            </Link>
            : requests for everything we hold about a carer, received by post or phone, with the date each must be answered by
          </li>
          <li>
            <Link className="govuk-link" to={paths.retentionReview}>
              Retention review
            </Link>
            : closed records kept longer than the retention period, to approve for anonymising or keep
          </li>
        </ul>
      </div>
    </div>
  );
}
