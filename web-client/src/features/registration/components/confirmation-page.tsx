import { Link } from 'react-router';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { usePageTitle } from '@/hooks/use-page-title';

/** Shown once, after RegisterCarer succeeded; the record itself is on "Your details". */
export function ConfirmationPage({ reference, parent }: { reference: string | undefined; parent: boolean }) {
  usePageTitle('Registration complete');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title="Registration complete">
          {reference ? (
            <>
              Your reference number
              <br />
              <strong>{reference.slice(0, 8).toUpperCase()}</strong>
            </>
          ) : null}
        </ConfirmationPanel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          {parent
            ? 'The young carer is now registered with Luton Carers. CHUMS, the young carers service, can offer them support once you agree to share their details.'
            : 'You are now registered with Luton Carers. You can ask for a carer’s assessment to find out what support you can get.'}
        </p>
        <p className="govuk-body">Next, tell us about the people {parent ? 'they care' : 'you care'} for and who we may share information with.</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/your-details">
              {parent ? 'View the young carer’s details' : 'View your details'}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/people-you-care-for">
              Tell us about the people {parent ? 'they care' : 'you care'} for
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/sharing-your-information">
              Choose who we may share information with
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
