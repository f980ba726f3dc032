import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { caseloadPaths } from '@/features/caseload/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';

/** Managers (and staff roles with no pages yet) land here. */
export function StaffHomeRoute() {
  const { session } = useAuth();
  const manager = session ? areaForRole(session.role) === 'manager' : false;
  usePageTitle('Staff workspace');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Staff workspace</h1>
        {manager ? (
          <>
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to={caseloadPaths.team}>
                  Team caseload
                </Link>
                : how many open assessments, overdue decisions and reviews each assessor holds, and the work nobody holds yet
              </li>
              <li>
                <Link className="govuk-link" to={paths.reports}>
                  Reports
                </Link>
                : performance indicators for a financial year, such as carers identified, assessments completed and grants awarded, with the
                year before, charts and a CSV download
              </li>
              <li>
                <Link className="govuk-link" to={paths.historicImportUpload}>
                  Import historic records
                </Link>
                : bring carers’ records from the old case system (Liquid Logic) in, with their original dates
              </li>
              <li>
                <Link className="govuk-link" to={paths.partnerWebhooks}>
                  Partner webhooks
                </Link>
                : where Carers Central and CHUMS receive events, and what was delivered
              </li>
              <li>
                <Link className="govuk-link" to={paths.breakProviders}>
                  Break providers
                </Link>
                : the places each provider of carers breaks has, and adding a provider
              </li>
              <li>
                <Link className="govuk-link" to={paths.manageDirectory}>
                  Directory of local services
                </Link>
                : add, change and retire the services anyone can find without signing in
              </li>
              <li>
                <Link className="govuk-link" to={paths.informationQueue}>
                  Information requests
                </Link>
                : carers’ requests for information in an accessible format or another language, and recording them sent
              </li>
              <li>
                <Link className="govuk-link" to={paths.complaintsQueue}>
                  Complaints
                </Link>
                : acknowledging carers’ complaints within 3 working days, agreeing response dates and recording responses
              </li>
              <li>
                <Link className="govuk-link" to={paths.surveyYears}>
                  Carers’ survey
                </Link>
                : open this year’s survey, close it, and read the results
              </li>
              <li>
                <Link className="govuk-link" to={paths.statutoryReturns}>
                  Statutory returns
                </Link>
                : the Client Level Data extract for carers and SALT LTS003, to download for submission
              </li>
            </ul>
          </>
        ) : (
          <p className="govuk-body">There is nothing here for you yet.</p>
        )}
      </div>
    </div>
  );
}
