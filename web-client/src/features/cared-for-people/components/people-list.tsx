import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryCard, SummaryList } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CaredForPerson } from '@/lib/api/types';
import { referenceLabel } from '@/i18n/reference-labels';
import { formatDate } from '@/lib/validation/date';

export const peoplePath = '/people-you-care-for';
export const addPersonPath = `${peoplePath}/add`;
export const endRelationshipPath = (relationshipId: string) => `${peoplePath}/${relationshipId}/end`;

export function personName(person: CaredForPerson): string {
  return `${person.givenName ?? ''} ${person.familyName ?? ''}`.trim();
}

function PersonCard({ person }: { person: CaredForPerson }) {
  const { t } = useTranslation('people');
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
                {t('noLongerCare')}<span className="govuk-visually-hidden"> ({name})</span>
              </Link>,
            ]
      }
    >
      <SummaryList
        rows={[
          { key: t('card.relationship'), value: person.relationship ? referenceLabel('relationship', person.relationship) : '' },
          { key: t('card.mainNeed'), value: person.mainNeed ? referenceLabel('mainNeed', person.mainNeed) : '' },
          {
            key: t('card.care'),
            value: `${t('card.hours', { count: person.hoursPerWeek })}${person.hoursBand ? ` (${referenceLabel('hoursBand', person.hoursBand)})` : ''}`,
          },
          { key: t('card.livesWithYou'), value: person.livesWithCarer ? t('card.yes') : t('card.no') },
          { key: t('card.postcode'), value: person.postcode ?? '' },
          { key: t('card.started'), value: formatDate(person.startedOn) },
          ...(ended ? [{ key: t('card.stopped'), value: formatDate(person.endedOn) }] : []),
        ]}
      />
    </SummaryCard>
  );
}

export type PeopleBanner = { kind: 'added' | 'ended'; name: string };

export function PeopleList({ people, banner }: { people: CaredForPerson[]; banner: PeopleBanner | undefined }) {
  const { t } = useTranslation('people');
  usePageTitle(t('title'));
  const current = people.filter((person) => !person.endedOn);
  const past = people.filter((person) => person.endedOn);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {banner ? (
          <NotificationBanner
            type="success"
            heading={banner.kind === 'added' ? t('added', { name: banner.name }) : t('ended', { name: banner.name })}
          />
        ) : null}
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {current.length === 0 ? (
          <p className="govuk-body">{t('noneYet')}</p>
        ) : (
          <>
            <p className="govuk-body">{t('count', { count: current.length })}</p>
            {current.map((person) => (
              <PersonCard person={person} key={person.relationshipId} />
            ))}
          </>
        )}
        <ButtonLink to={addPersonPath} variant={current.length > 0 ? 'secondary' : 'primary'}>
          {current.length > 0 ? t('addAnother') : t('addFirst')}
        </ButtonLink>
        {past.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">{t('past')}</h2>
            {past.map((person) => (
              <PersonCard person={person} key={person.relationshipId} />
            ))}
          </>
        ) : null}
      </div>
    </div>
  );
}
