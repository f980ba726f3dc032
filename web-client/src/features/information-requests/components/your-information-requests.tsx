import { ButtonLink } from '@/components/govuk/button';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import type { InformationRequest, InformationRequestStatus } from '@/lib/api/types';
import { formatInWords, informationSentMethodLabels, informationStatusLabels, informationSubjectLabels } from '@/lib/information-formats';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { informationPaths } from '../paths';

const colours: Record<InformationRequestStatus, TagColour> = { requested: 'blue', sent: 'green', unable: 'red' };

/** What happened to a request, in the carer's words. */
export function outcomeText(request: InformationRequest): string {
  if (request.status === 'requested') return `We will send it by ${formatDate(request.dueOn)}`;
  if (request.status === 'sent') {
    const how = request.sentMethod ? informationSentMethodLabels[request.sentMethod].toLowerCase() : '';
    return [`Sent ${formatDate(request.sentAt)}`, how].filter(Boolean).join(', ');
  }
  return request.unableReason ?? '';
}

/** "Your information requests": each request, where it stands and when it is due. */
export function YourInformationRequests({ requests }: { requests: InformationRequest[] }) {
  usePageTitle('Your information requests');
  return (
    <>
      <h1 className="govuk-heading-l">Your information requests</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            You can ask for a leaflet, your support plan, your assessment decision or a letter in large print, easy read, audio,
            braille, a British Sign Language video or another language.
          </p>
          <ButtonLink to={informationPaths.what}>Ask for information in another format</ButtonLink>
        </div>
      </div>
      {requests.length === 0 ? (
        <p className="govuk-body">You have not asked for information in another format yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Your requests</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">What</th>
              <th scope="col" className="govuk-table__header">Format</th>
              <th scope="col" className="govuk-table__header">Asked on</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {requests.map((request) => (
              <tr className="govuk-table__row" key={request.id}>
                <td className="govuk-table__cell">
                  {informationSubjectLabels[request.subject]}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{request.title}</span>
                </td>
                <td className="govuk-table__cell">{formatInWords(request.format, request.language)}</td>
                <td className="govuk-table__cell">{formatDateTime(request.requestedAt)}</td>
                <td className="govuk-table__cell">
                  <Tag colour={colours[request.status]}>{informationStatusLabels[request.status]}</Tag>
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{outcomeText(request)}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
