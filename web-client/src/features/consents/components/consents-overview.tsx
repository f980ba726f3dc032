import { Link } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Tag } from '@/components/govuk/misc';
import { SummaryCard, SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { ConsentPurpose, ConsentState, Referral } from '@/lib/api/types';
import { lowerFirst } from '@/lib/text';
import { consentBasisLabels, consentPurposeHints, consentPurposeLabels, consentStatusLabels, optionsOf } from '@/lib/reference-data';
import { formatDate, formatDayOf } from '@/lib/validation/date';
import { organisationsThatKnow, type OrganisationThatKnows } from '../organisations';
import { PartnerReferralBanner } from './partner-referral-banner';
import { consentsPath } from '../paths';

export const giveConsentPath = (purpose: ConsentPurpose) => `${consentsPath}/${purpose}/agree`;
export const withdrawConsentPath = (purpose: ConsentPurpose) => `${consentsPath}/${purpose}/withdraw`;

export function isConsentPurpose(value: string | undefined): value is ConsentPurpose {
  return optionsOf(consentPurposeLabels).some((option) => option.value === value);
}

export type ConsentBanner = { kind: 'given' | 'withdrawn' | 'refused'; purpose: ConsentPurpose };

function bannerHeading({ kind, purpose }: ConsentBanner): string {
  const what = lowerFirst(consentPurposeLabels[purpose]);
  if (kind === 'given') return `You have agreed to ${what}`;
  if (kind === 'withdrawn') return `You have withdrawn consent to ${what}. We have stopped straight away.`;
  return `You have not agreed to ${what}. They cannot see your record.`;
}

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
    <SummaryCard title={title} headingLevel={3} actions={[action]}>
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

function organisationRow(organisation: OrganisationThatKnows): SummaryListRow {
  const lines: string[] = [];
  for (const referredAt of organisation.referredAt) lines.push(`Referred you to us on ${formatDayOf(referredAt)}`);
  if (organisation.sharingSince) lines.push(`You agreed to share your information with them on ${formatDate(organisation.sharingSince)}`);
  else if (organisation.withdrawnOn) lines.push(`You withdrew consent on ${formatDate(organisation.withdrawnOn)}. They can no longer see your information.`);
  else lines.push('They cannot see your information.');
  return {
    key: organisation.name,
    value: (
      <ul className="govuk-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    ),
    actions: organisation.sharingSince
      ? [{ to: withdrawConsentPath(organisation.purpose), text: 'Withdraw consent', visuallyHiddenText: `to share with ${organisation.name}` }]
      : [],
  };
}

function OrganisationsThatKnow({ consents, referrals }: { consents: ConsentState[]; referrals: Referral[] }) {
  const organisations = organisationsThatKnow(consents, referrals);
  return (
    <>
      <h2 className="govuk-heading-m">Organisations that know about you</h2>
      {organisations.length === 0 ? (
        <p className="govuk-body">No partner organisation knows about you through us, and none has referred you to us.</p>
      ) : (
        <SummaryList rows={organisations.map(organisationRow)} />
      )}
    </>
  );
}

type ConsentsOverviewProps = { consents: ConsentState[]; referrals: Referral[]; banner: ConsentBanner | undefined };

export function ConsentsOverview({ consents, referrals, banner }: ConsentsOverviewProps) {
  usePageTitle('Sharing your information');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? (
          <NotificationBanner type="success" heading={bannerHeading(banner)} />
        ) : null}
        <PartnerReferralBanner />
        <h1 className="govuk-heading-l">Sharing your information</h1>
        <p className="govuk-body">
          You decide who we share your information with. You can change your mind at any time. If you withdraw consent, we stop sharing
          straight away.
        </p>
        <OrganisationsThatKnow consents={consents} referrals={referrals} />
        <h2 className="govuk-heading-m">What you have agreed to</h2>
        {optionsOf(consentPurposeLabels).map(({ value: purpose }) => (
          <ConsentCard key={purpose} purpose={purpose} consent={consents.find((consent) => consent.purpose === purpose)} />
        ))}
      </div>
    </div>
  );
}
