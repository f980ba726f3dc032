import { useLocation, useNavigate, useParams } from 'react-router';
import { PageNotFound } from '@/components/layout/page-states';
import { AddPersonForm } from '@/features/cared-for-people/components/add-person-form';
import { EndRelationshipForm } from '@/features/cared-for-people/components/end-relationship-form';
import { PeopleList, peoplePath, type PeopleBanner } from '@/features/cared-for-people/components/people-list';
import { useCarerRecord } from './carer-area';

export function PeopleRoute() {
  const record = useCarerRecord();
  const state: unknown = useLocation().state;
  const banner = (state as { banner?: PeopleBanner } | null)?.banner;
  return <PeopleList people={record.data.caredForPeople ?? []} banner={banner} />;
}

export function AddPersonRoute() {
  const navigate = useNavigate();
  return <AddPersonForm onAdded={(name) => void navigate(peoplePath, { state: { banner: { kind: 'added', name } } })} />;
}

export function EndRelationshipRoute() {
  const record = useCarerRecord();
  const navigate = useNavigate();
  const { relationshipId } = useParams();
  // Found whether or not it has ended: once it ends, the record read again says so while this
  // page is still on its way to the list (ending it twice is refused by the API).
  const person = record.data.caredForPeople?.find((candidate) => candidate.relationshipId === relationshipId);
  if (!person) return <PageNotFound />;
  return <EndRelationshipForm person={person} onEnded={(name) => void navigate(peoplePath, { state: { banner: { kind: 'ended', name } } })} />;
}
