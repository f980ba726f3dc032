import { Tag } from '@/components/govuk/misc';
import type { DirectoryService } from '@/lib/api/types';
import { languageList } from '@/lib/language-names';
import { audienceLabels, supportNeedLabels } from '@/lib/reference-data';

/** Open now or closed now, as the API worked it out in London time when it answered (not colour alone: the words say it). */
export function OpenNowTag({ open }: { open: boolean }) {
  return open ? <Tag colour="green">Open now</Tag> : <Tag colour="grey">Closed now</Tag>;
}

export function WhoItIsFor({ service }: { service: DirectoryService }) {
  return (
    <>
      {service.audiences.length === 1 ? (
        audienceLabels[service.audiences[0]!]
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {service.audiences.map((audience) => (
            <li key={audience}>{audienceLabels[audience]}</li>
          ))}
        </ul>
      )}
      {service.needs.length > 0 ? (
        <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
          Specialises in: {service.needs.map((need) => supportNeedLabels[need].toLowerCase()).join(', ')}
        </p>
      ) : null}
    </>
  );
}

/** Telephone, email and web links that work on a phone, and the address on separate lines. */
export function ContactDetails({ service }: { service: DirectoryService }) {
  const address = [service.addressLine1, service.addressLine2, service.town, service.postcode].filter((line): line is string => Boolean(line));
  return (
    <ul className="govuk-list">
      {service.phone ? (
        <li>
          Telephone:{' '}
          <a className="govuk-link" href={`tel:${service.phone.replace(/[^\d+]/g, '')}`}>
            {service.phone}
          </a>
        </li>
      ) : null}
      {service.email ? (
        <li>
          Email:{' '}
          <a className="govuk-link" href={`mailto:${service.email}`}>
            {service.email}
          </a>
        </li>
      ) : null}
      {service.website ? (
        <li>
          Website:{' '}
          <a className="govuk-link" href={service.website} rel="noreferrer noopener" target="_blank">
            {service.website.replace(/^https?:\/\//, '').replace(/\/$/, '')} (opens in new tab)
          </a>
        </li>
      ) : null}
      {address.length > 0 ? (
        <li>
          Address:{' '}
          <span>
            {address.map((line, index) => (
              <span key={index}>
                {index > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </span>
        </li>
      ) : null}
    </ul>
  );
}

export function Languages({ service }: { service: DirectoryService }) {
  return <>{languageList(service.languages)}</>;
}
