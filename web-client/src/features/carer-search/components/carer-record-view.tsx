import { Link } from 'react-router';
import { carerDetailsRows } from '@/components/carer-record/carer-details-rows';
import { BackLink } from '@/components/govuk/back-link';
import { Tag } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import type { AccessReason } from '@/lib/api/access-reason';
import type { CarerRecord, OtherCarer } from '@/lib/api/types';
import { consentBasisStaffLabels, consentPurposeLabels, consentStatusLabels, hoursBandLabels, mainNeedLabels, partnerName, relationshipLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { useOtherCarers } from '../api/list-other-carers-of-cared-for-people';
import { CarerCaseSections } from './carer-case-sections';

/** The same person's other carers (two siblings caring for their mother), each a link to their record. */
function OtherCarersCell({ carers, from, accessReason }: { carers: OtherCarer[]; from: string; accessReason: AccessReason }) {
  if (carers.length === 0) return <>None</>;
  return (
    <ul className="govuk-list">
      {carers.map((other) => (
        <li key={other.carerId}>
          <Link className="govuk-link" to={paths.carer(other.carerId)} state={{ from, accessReason }}>
            {other.givenName} {other.familyName}
          </Link>
          {other.stillCaring ? '' : ' (no longer caring)'}
        </li>
      ))}
    </ul>
  );
}

const gpStatusLabels: Record<NonNullable<CarerRecord['gpStatus']>['status'], string> = {
  identifiedAsCarer: 'Identified as a carer',
  noLongerACarer: 'No longer a carer',
  flagInactive: 'Flag made inactive by the practice',
};

export function CarerRecordView({
  record,
  backTo,
  backText,
  accessReason,
}: {
  record: CarerRecord;
  backTo: string;
  backText: string;
  /** Why the officer opened the record; the other carers listed on it are read for the same reason. */
  accessReason: AccessReason;
}) {
  const name = `${record.givenName ?? ''} ${record.familyName ?? ''}`.trim();
  usePageTitle(`${name}: carer record`);
  const people = record.caredForPeople ?? [];
  const consents = record.consents ?? [];
  const awaiting = record.referralsAwaitingCarer ?? [];
  const otherCarers = useOtherCarers(record.id, accessReason).data ?? [];

  return (
    <>
      <BackLink to={backTo}>{backText}</BackLink>
      <span className="govuk-caption-l">Carer record</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Details</h2>
          <SummaryList rows={carerDetailsRows(record, { showIdentification: true, language: 'en' })} />
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.changeCarerDetails(record.id)}>
              Change {name}’s details
            </Link>
          </p>
          <h2 className="govuk-heading-m">GP status</h2>
          {record.gpStatus ? (
            <SummaryList
              rows={[
                { key: 'Latest GP flag', value: gpStatusLabels[record.gpStatus.status] },
                { key: 'Recorded by the practice on', value: formatDate(record.gpStatus.recordedOn) },
                { key: 'GP practice', value: record.gpStatus.odsCode },
              ]}
            />
          ) : (
            <p className="govuk-body">No GP practice has flagged {name} as a carer.</p>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.recordFeedback(record.id)} state={{ carerName: name }}>
              Record a complaint or compliment from {name}
            </Link>
          </p>
        </div>
      </div>
      <h2 className="govuk-heading-m">People cared for</h2>
      {people.length === 0 ? (
        <p className="govuk-body">No one recorded yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">People {name} cares for</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Relationship</th>
              <th scope="col" className="govuk-table__header">Main need</th>
              <th scope="col" className="govuk-table__header">Care a week</th>
              <th scope="col" className="govuk-table__header">Lives with carer</th>
              <th scope="col" className="govuk-table__header">Caring</th>
              <th scope="col" className="govuk-table__header">Other carers</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {people.map((person) => (
              <tr className="govuk-table__row" key={person.relationshipId}>
                <th scope="row" className="govuk-table__header">
                  {person.givenName} {person.familyName}
                  <br />
                  <span className="govuk-body-s">{person.postcode}</span>
                </th>
                <td className="govuk-table__cell">{person.relationship ? relationshipLabels[person.relationship] : ''}</td>
                <td className="govuk-table__cell">{person.mainNeed ? mainNeedLabels[person.mainNeed] : ''}</td>
                <td className="govuk-table__cell">
                  {person.hoursPerWeek} hours{person.hoursBand ? ` (${hoursBandLabels[person.hoursBand]})` : ''}
                </td>
                <td className="govuk-table__cell">{person.livesWithCarer ? 'Yes' : 'No'}</td>
                <td className="govuk-table__cell">
                  From {formatDate(person.startedOn)}
                  {person.endedOn ? ` to ${formatDate(person.endedOn)}` : ''}
                </td>
                <td className="govuk-table__cell">
                  <OtherCarersCell carers={otherCarers.filter((other) => other.relationshipId === person.relationshipId)} from={paths.carer(record.id)} accessReason={accessReason} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.addCaredForPersonForCarer(record.id)} state={{ carerName: name, from: backTo }}>
          Add someone they care for
        </Link>
      </p>
      <h2 className="govuk-heading-m">Consents</h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Consents {name} has given</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Purpose</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Basis</th>
            <th scope="col" className="govuk-table__header">Dates</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {consents.map((consent) => (
            <tr className="govuk-table__row" key={consent.purpose}>
              <th scope="row" className="govuk-table__header">{consent.purpose ? consentPurposeLabels[consent.purpose] : ''}</th>
              <td className="govuk-table__cell">
                <Tag colour={consent.status === 'given' ? 'green' : consent.status === 'withdrawn' ? 'orange' : 'grey'}>
                  {consentStatusLabels[consent.status ?? 'notGiven']}
                </Tag>
              </td>
              <td className="govuk-table__cell">{consent.basis ? consentBasisStaffLabels[consent.basis] : ''}</td>
              <td className="govuk-table__cell">
                {consent.givenOn ? `Agreed ${formatDate(consent.givenOn)}` : ''}
                {consent.withdrawnOn ? `, withdrawn ${formatDate(consent.withdrawnOn)}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {awaiting.length > 0 ? (
        <div className="govuk-inset-text" data-testid="referrals-awaiting-carer">
          <h3 className="govuk-heading-s">Referrals awaiting {name}’s answer</h3>
          <ul className="govuk-list govuk-list--bullet">
            {awaiting.map((referral) => (
              <li key={`${referral.partner}-${referral.referredAt}`}>
                {partnerName(referral.partner)} referred {name} on {formatDateTime(referral.referredAt)} and says they agreed to share their
                information. {partnerName(referral.partner)} cannot see the record until {name} confirms it.
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            {name} can answer when they sign in. If they tell you themselves that they agree, by phone or face to face, you can record their
            consent from the conversation.
          </p>
        </div>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.recordConsent(record.id)} state={{ carerName: name, from: backTo }}>
          Record consent {name} gave you in a conversation
        </Link>
      </p>
      <CarerCaseSections carerId={record.id} name={name} from={paths.carer(record.id)} accessReason={accessReason} />
    </>
  );
}
