import type { Ref } from 'react';
import { Tag } from '@/components/govuk/misc';
import type { WebhookDelivery } from '@/lib/api/types';
import { formatDateTime } from '@/lib/validation/date';
import { deliveryAnswerText, deliveryOutcome, eventTypeText, shortEventId } from '../delivery-text';

type DeliveryLogTableProps = {
  deliveries: WebhookDelivery[];
  pageNumber: number;
  captionRef: Ref<HTMLTableCaptionElement>;
  replaying: string | undefined;
  onReplay: (delivery: WebhookDelivery) => void;
};

/** Every attempt to send an event, newest first, each with a button to send its event again. */
export function DeliveryLogTable({ deliveries, pageNumber, captionRef, replaying, onReplay }: DeliveryLogTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet app-table--figures">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        Delivery log{pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Attempted</th>
          <th scope="col" className="govuk-table__header">Event</th>
          <th scope="col" className="govuk-table__header">Outcome</th>
          <th scope="col" className="govuk-table__header">Answer</th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {deliveries.map((delivery) => {
          const outcome = deliveryOutcome(delivery.outcome);
          const when = formatDateTime(delivery.attemptedAt);
          return (
            <tr className="govuk-table__row" key={delivery.id}>
              <td className="govuk-table__cell">{when}</td>
              <td className="govuk-table__cell">
                {eventTypeText(delivery.eventType)}
                <br />
                <span className="govuk-body-s" title={delivery.eventId}>
                  Event {shortEventId(delivery.eventId)}
                </span>
                {delivery.eventDelivered ? null : (
                  <>
                    <br />
                    <span className="govuk-body-s">Not delivered yet</span>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <Tag colour={outcome.colour}>{outcome.text}</Tag>
                {delivery.error ? <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{delivery.error}</p> : null}
              </td>
              <td className="govuk-table__cell">{deliveryAnswerText(delivery)}</td>
              <td className="govuk-table__cell">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                  disabled={replaying === delivery.eventId}
                  aria-disabled={replaying === delivery.eventId ? 'true' : undefined}
                  onClick={() => onReplay(delivery)}
                >
                  Replay<span className="govuk-visually-hidden"> event {shortEventId(delivery.eventId)}, {eventTypeText(delivery.eventType).toLowerCase()}, attempted {when}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
