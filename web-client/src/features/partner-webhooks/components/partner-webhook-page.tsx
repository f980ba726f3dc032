import { useState } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { SummaryList } from '@/components/govuk/summary-list';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { PartnerName, RegisteredWebhook } from '@/lib/api/types';
import { hasErrors, noErrors, problemToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { partnerLabels } from '@/lib/reference-data';
import { useWebhookDeliveries } from '../api/list-webhook-deliveries';
import { useReplayPartnerEvent } from '../api/replay-partner-event';
import { eventsWaitingText, eventTypeText, shortEventId } from '../delivery-text';
import { DeliveryLogTable } from './delivery-log-table';
import { WebhookAddressForm } from './webhook-address-form';
import { WebhookSecret } from './webhook-secret';

/** One partner's webhook: its address and the form to change it, the one-time secret, and the delivery log with replay. */
export function PartnerWebhookPage({ partner }: { partner: PartnerName }) {
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
  const { url, eTag, eventsWaiting, deliveries } = query.data;

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
            eTag={eTag}
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
