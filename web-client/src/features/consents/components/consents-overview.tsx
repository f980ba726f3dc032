import { Link } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Tag } from '@/components/govuk/misc';
import { SummaryCard, SummaryList } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ConsentPurpose, ConsentState } from '@/lib/api/types';
import { lowerFirst } from '@/lib/text';
import { consentBasisLabels, consentPurposeHints, consentPurposeLabels, consentStatusLabels, optionsOf } from '@/lib/reference-data';
import { formatDate } from '@/lib/validation/date';

export const consentsPath = '/sharing-your-information';
export const giveConsentPath = (purpose: ConsentPurpose) => `${consentsPath}/${purpose}/agree`;
export const withdrawConsentPath = (purpose: ConsentPurpose) => `${consentsPath}/${purpose}/withdraw`;

export function isConsentPurpose(value: string | undefined): value is ConsentPurpose {
  return optionsOf(consentPurposeLabels).some((option) => option.value === value);
}

export type ConsentBanner = { kind: 'given' | 'withdrawn'; purpose: ConsentPurpose };

function ConsentCard({ purpose, consent }: { purpose: ConsentPurpose; consent: ConsentState | undefined }) {
  const status = consent?.status ?? 'notGiven';
  const title = consentPurposeLabels[purpose];
  const action =
    status === 'given' ? (
      <Link className="govuk-link" to={withdrawConsentPath(purpose)}>
        Withdraw consent<span className="govuk-visually-hidden"> to {lowerFirst(title)}</span>
      </Link>
    ) : (
      <Link className="govuk-link" to={giveConsentPath(purpose)}>
        Agree<span className="govuk-visually-hidden"> to {lowerFirst(title)}</span>
      </Link>
    );
  return (
    <SummaryCard title={title} actions={[action]}>
      <p className="govuk-body">{consentPurposeHints[purpose]}</p>
      <SummaryList
        rows={[
          { key: 'Status', value: <Tag colour={status === 'given' ? 'green' : status === 'withdrawn' ? 'orange' : 'grey'}>{consentStatusLabels[status]}</Tag> },
          ...(consent?.basis ? [{ key: 'Basis', value: consentBasisLabels[consent.basis] }] : []),
          ...(consent?.givenOn ? [{ key: 'Agreed on', value: formatDate(consent.givenOn) }] : []),
          ...(consent?.withdrawnOn ? [{ key: 'Withdrawn on', value: formatDate(consent.withdrawnOn) }] : []),
        ]}
      />
    </SummaryCard>
  );
}

export function ConsentsOverview({ consents, banner }: { consents: ConsentState[]; banner: ConsentBanner | undefined }) {
  usePageTitle('Sharing your information');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? (
          <NotificationBanner
            type="success"
            heading={
              banner.kind === 'given'
                ? `You have agreed to ${lowerFirst(consentPurposeLabels[banner.purpose])}`
                : `You have withdrawn consent to ${lowerFirst(consentPurposeLabels[banner.purpose])}. We have stopped straight away.`
            }
          />
        ) : null}
        <h1 className="govuk-heading-l">Sharing your information</h1>
        <p className="govuk-body">
          You decide who we share your information with. You can change your mind at any time. If you withdraw consent, we stop sharing
          straight away.
        </p>
        {optionsOf(consentPurposeLabels).map(({ value: purpose }) => (
          <ConsentCard key={purpose} purpose={purpose} consent={consents.find((consent) => consent.purpose === purpose)} />
        ))}
      </div>
    </div>
  );
}
