import { Link } from 'react-router';
import { carerDetailsRows } from '@/components/carer-record/carer-details-rows';
import { InsetText } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CarerRecord } from '@/lib/api/types';
import { showsIdentityCheckNotice } from '../identity-check';

export const changeDetailsPath = '/your-details/change';

export function YourDetails({ record, updated }: { record: CarerRecord; updated: boolean }) {
  const parent = record.registeredBy === 'parent';
  const title = parent ? 'The young carer’s details' : 'Your details';
  usePageTitle(title);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {updated ? <NotificationBanner type="success" heading="Your changes have been saved" /> : null}
        {showsIdentityCheckNotice(record) ? (
          <InsetText>
            We are checking whether we already hold information about you, as we do for every new registration. We may contact you to
            confirm who you are.
          </InsetText>
        ) : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          {parent
            ? 'These are the details we hold about the young carer you registered. Tell us if anything changes.'
            : 'These are the details we hold about you. Tell us if anything changes.'}
        </p>
        <SummaryList rows={carerDetailsRows(record, { changeHref: (fieldId) => `${changeDetailsPath}#${fieldId}` })} />
        <h2 className="govuk-heading-m">Who has seen your record</h2>
        <p className="govuk-body">
          You can see each time the council, a partner organisation or a GP practice looked at your information, and why.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.recordAccesses}>
            See who has seen your record
          </Link>
        </p>
      </div>
    </div>
  );
}
