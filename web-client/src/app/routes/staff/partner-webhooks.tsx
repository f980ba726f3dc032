import { Link, useParams } from 'react-router';
import { SummaryCard, SummaryList } from '@/components/govuk/summary-list';
import { PageNotFound } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useWebhookDeliveries } from '@/features/partner-webhooks/api/list-webhook-deliveries';
import { PartnerWebhookPage } from '@/features/partner-webhooks/components/partner-webhook-page';
import { eventsWaitingText } from '@/features/partner-webhooks/delivery-text';
import { usePageTitle } from '@/hooks/use-page-title';
import type { PartnerName } from '@/lib/api/types';
import { optionsOf, partnerLabels } from '@/lib/reference-data';

function isPartnerName(value: string | undefined): value is PartnerName {
  return value !== undefined && Object.hasOwn(partnerLabels, value);
}

function PartnerCard({ partner }: { partner: PartnerName }) {
  const query = useWebhookDeliveries(partner, undefined, 1);
  const name = partnerLabels[partner];
  return (
    <SummaryCard
      title={name}
      actions={[
        <Link key="open" className="govuk-link" to={paths.partnerWebhook(partner)}>
          Manage<span className="govuk-visually-hidden"> {name}’s webhook</span>
        </Link>,
      ]}
    >
      {query.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : query.isError ? (
        <p className="govuk-body">Sorry, this could not be loaded. Try again later.</p>
      ) : (
        <SummaryList
          rows={[
            { key: 'Webhook address', value: query.data.url ?? 'Not registered' },
            { key: 'Events waiting to be delivered', value: eventsWaitingText(query.data.eventsWaiting) },
          ]}
        />
      )}
    </SummaryCard>
  );
}

export function PartnerWebhooksRoute() {
  usePageTitle('Partner webhooks');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Partner webhooks</h1>
        <p className="govuk-body">
          Carers Central and CHUMS are told about carers who share with them (referrals, changes, consent withdrawn) by events sent to
          their webhook address. Events that cannot be delivered are kept and tried again until the partner answers.
        </p>
        {optionsOf(partnerLabels).map(({ value }) => (
          <PartnerCard key={value} partner={value} />
        ))}
      </div>
    </div>
  );
}

export function PartnerWebhookRoute() {
  const { partner } = useParams();
  if (!isPartnerName(partner)) return <PageNotFound />;
  return <PartnerWebhookPage key={partner} partner={partner} />;
}
