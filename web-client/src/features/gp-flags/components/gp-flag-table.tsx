import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag, type TagColour } from '@/components/govuk/misc';
import { paths } from '@/config/paths';
import type { FlagOutcome, GpFlag } from '@/lib/api/types';
import { flagOutcomeLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';
import { snomedCodeText } from '../snomed-codes';

const outcomeColours: Record<FlagOutcome, TagColour> = {
  knownCarer: 'green',
  awaitingContact: 'blue',
  countOnly: 'grey',
};

function sourceText(source: string): string {
  if (source === 'fhir') return 'FHIR';
  if (source === 'csv') return 'CSV extract';
  return source;
}

type GpFlagTableProps = {
  flags: GpFlag[];
  pageNumber: number;
  captionRef: Ref<HTMLTableCaptionElement>;
};

/** The GP flag feed as a table, newest first; a flag about a carer we hold links to their record. */
export function GpFlagTable({ flags, pageNumber, captionRef }: GpFlagTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet app-table--figures">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        Flags received{pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Received</th>
          <th scope="col" className="govuk-table__header">Practice</th>
          <th scope="col" className="govuk-table__header">Flag</th>
          <th scope="col" className="govuk-table__header">Recorded on</th>
          <th scope="col" className="govuk-table__header">NHS number</th>
          <th scope="col" className="govuk-table__header">Outcome</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {flags.map((flag) => (
          <tr className="govuk-table__row" key={flag.id}>
            <td className="govuk-table__cell">
              {formatDateTime(flag.receivedAt)}
              <br />
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">by {sourceText(flag.source)}</span>
            </td>
            <td className="govuk-table__cell">{flag.odsCode}</td>
            <td className="govuk-table__cell">
              {snomedCodeText(flag.snomedCode)}
              {flag.status === 'inactive' ? (
                <>
                  {' '}
                  <Tag colour="grey">Inactive</Tag>
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell">{formatDate(flag.recordedOn)}</td>
            <td className="govuk-table__cell">{flag.nhsNumber ? formatNhsNumber(flag.nhsNumber) : 'Not shown'}</td>
            <td className="govuk-table__cell">
              <Tag colour={outcomeColours[flag.outcome]}>{flagOutcomeLabels[flag.outcome]}</Tag>
              {flag.carerId ? (
                <>
                  <br />
                  <Link className="govuk-link" to={paths.carer(flag.carerId)} state={{ from: paths.gpFlags, accessReason: 'casework' }}>
                    Open record<span className="govuk-visually-hidden"> of the carer flagged on {formatDateTime(flag.receivedAt)}</span>
                  </Link>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
