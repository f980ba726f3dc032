import { Link } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';

/** While a page's data loads: its own heading, and a status message screen readers announce. */
export function PageLoading({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </>
  );
}

/** GOV.UK's "There is a problem with the service" page, for an error no form can show. */
export function ServiceProblem({ error }: { error?: unknown }) {
  usePageTitle('Sorry, there is a problem with the service');
  const notAllowed = isApiError(error) && error.status === 403;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        {notAllowed ? (
          <p className="govuk-body">You do not have permission to see this page.</p>
        ) : (
          <p className="govuk-body">Try again later.</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the start of Luton Carers
          </Link>
        </p>
      </div>
    </div>
  );
}

export function PageNotFound() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the start of Luton Carers
          </Link>
        </p>
      </div>
    </div>
  );
}
