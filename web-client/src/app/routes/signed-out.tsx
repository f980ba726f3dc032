import { Link } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';

export function SignedOutRoute() {
  usePageTitle('You have signed out');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have signed out</h1>
        <p className="govuk-body">We have removed your sign-in from this browser and from your account.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in again
          </Link>
        </p>
      </div>
    </div>
  );
}
