import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryCard, SummaryList } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CaredForPerson } from '@/lib/api/types';
import { hoursBandLabels, mainNeedLabels, relationshipLabels } from '@/lib/reference-data';
import { formatDate } from '@/lib/validation/date';

export const peoplePath = '/people-you-care-for';
export const addPersonPath = `${peoplePath}/add`;
export const endRelationshipPath = (relationshipId: string) => `${peoplePath}/${relationshipId}/end`;

export function personName(person: CaredForPerson): string {
  return `${person.givenName ?? ''} ${person.familyName ?? ''}`.trim();
}

function PersonCard({ person }: { person: CaredForPerson }) {
  const name = personName(person);
  const ended = Boolean(person.endedOn);
  return (
    <SummaryCard
      title={name}
      actions={
        ended || !person.relationshipId
          ? []
          : [
              <Link className="govuk-link" to={endRelationshipPath(person.relationshipId)} key="end">
                I no longer care for them<span className="govuk-visually-hidden"> ({name})</span>
              </Link>,
            ]
      }
    >
      <SummaryList
        rows={[
          { key: 'Who they are to you', value: person.relationship ? relationshipLabels[person.relationship] : '' },
          { key: 'Main need for care', value: person.mainNeed ? mainNeedLabels[person.mainNeed] : '' },
          {
            key: 'Care you give',
            value: `${person.hoursPerWeek ?? ''} hours a week${person.hoursBand ? ` (${hoursBandLabels[person.hoursBand]})` : ''}`,
          },
          { key: 'Lives with you', value: person.livesWithCarer ? 'Yes' : 'No' },
          { key: 'Postcode', value: person.postcode ?? '' },
          { key: 'Started caring', value: formatDate(person.startedOn) },
          ...(ended ? [{ key: 'Stopped caring', value: formatDate(person.endedOn) }] : []),
        ]}
      />
    </SummaryCard>
  );
}

export type PeopleBanner = { kind: 'added' | 'ended'; name: string };

export function PeopleList({ people, banner }: { people: CaredForPerson[]; banner: PeopleBanner | undefined }) {
  usePageTitle('People you care for');
  const current = people.filter((person) => !person.endedOn);
  const past = people.filter((person) => person.endedOn);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? (
          <NotificationBanner
            type="success"
            heading={banner.kind === 'added' ? `You have added ${banner.name}` : `You have told us you no longer care for ${banner.name}`}
          />
        ) : null}
        <h1 className="govuk-heading-l">People you care for</h1>
        {current.length === 0 ? (
          <p className="govuk-body">You have not told us about anyone you care for yet.</p>
        ) : (
          <>
            <p className="govuk-body">
              You have told us about {current.length === 1 ? '1 person' : `${current.length} people`} you care for now.
            </p>
            {current.map((person) => (
              <PersonCard person={person} key={person.relationshipId} />
            ))}
          </>
        )}
        <ButtonLink to={addPersonPath} variant={current.length > 0 ? 'secondary' : 'primary'}>
          {current.length > 0 ? 'Add another person' : 'Add a person you care for'}
        </ButtonLink>
        {past.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">People you used to care for</h2>
            {past.map((person) => (
              <PersonCard person={person} key={person.relationshipId} />
            ))}
          </>
        ) : null}
      </div>
    </div>
  );
}
