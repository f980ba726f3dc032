import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { SummaryCard, SummaryList } from '@/components/govuk/summary-list';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useWebhookDeliveries } from '@/features/partner-webhooks/api/list-webhook-deliveries';
import { useReplayPartnerEvent } from '@/features/partner-webhooks/api/replay-partner-event';
import { DeliveryLogTable } from '@/features/partner-webhooks/components/delivery-log-table';
import { WebhookAddressForm } from '@/features/partner-webhooks/components/webhook-address-form';
import { WebhookSecret } from '@/features/partner-webhooks/components/webhook-secret';
import { eventTypeText, shortEventId } from '@/features/partner-webhooks/delivery-text';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { PartnerName, RegisteredWebhook } from '@/lib/api/types';
import { hasErrors, noErrors, problemToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { optionsOf, partnerLabels } from '@/lib/reference-data';

function isPartnerName(value: string | undefined): value is PartnerName {
  return value !== undefined && Object.hasOwn(partnerLabels, value);
}

function eventsWaitingText(count: number): string {
  return count === 0 ? 'None' : count === 1 ? '1 event' : `${count.toLocaleString('en-GB')} events`;
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

function PartnerWebhookPage({ partner }: { partner: PartnerName }) {
  const name = partnerLabels[partner];
  const title = `${name} webhook`;
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useWebhookDeliveries(partner, paging.cursor);
  const replay = useReplayPartnerEvent();
  const { errors, attempt, setErrors } = useFormErrors();
  const [registered, setRegistered] = useState<RegisteredWebhook | undefined>();
  const [banner, setBanner] = useState<{ text: string; key: number } | undefined>();
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title, hasErrors(errors));
  // One message at a time: a failure replaces the last success, and the reverse.
  const showErrors = (next: FormErrors) => {
    setBanner(undefined);
    setErrors(next);
  };

  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const { url, eventsWaiting, deliveries } = query.data;

  return (
    <>
      <BackLink to={paths.partnerWebhooks}>Back to partner webhooks</BackLink>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      {banner ? <NotificationBanner key={banner.key} type="success" heading={banner.text} /> : null}
      <span className="govuk-caption-l">Partner webhooks</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {registered ? <WebhookSecret partner={partner} registered={registered} /> : null}
          <SummaryList
            rows={[
              { key: 'Webhook address', value: url ?? 'Not registered' },
              { key: 'Events waiting to be delivered', value: eventsWaitingText(eventsWaiting) },
            ]}
          />
          <WebhookAddressForm
            partner={partner}
            currentUrl={url}
            errors={errors}
            setErrors={showErrors}
            onRegistered={(result) => {
              setErrors(noErrors);
              setRegistered(result);
              setBanner({ text: `${name}’s webhook address is now ${result.url}`, key: Date.now() });
            }}
          />
        </div>
      </div>
      {deliveries.items.length === 0 && paging.pageNumber === 1 ? (
        <>
          <h2 className="govuk-heading-m">Delivery log</h2>
          <p className="govuk-body">No events have been sent to {name} yet.</p>
        </>
      ) : (
        <>
          <DeliveryLogTable
            deliveries={deliveries.items}
            pageNumber={paging.pageNumber}
            captionRef={paging.focusRef}
            replaying={replay.isPending ? replay.variables.eventId : undefined}
            onReplay={(delivery) =>
              replay.mutate(
                { partner, eventId: delivery.eventId },
                {
                  onSuccess: () => {
                    setErrors(noErrors);
                    setBanner({
                      text: `Event ${shortEventId(delivery.eventId)} (${eventTypeText(delivery.eventType).toLowerCase()}) will be sent to ${name} again`,
                      key: Date.now(),
                    });
                  },
                  onError: (error) => showErrors(problemToFormErrors(error, {})),
                },
              )
            }
          />
          <PrevNextPagination {...paging.links(deliveries.nextCursor)} />
        </>
      )}
    </>
  );
}
