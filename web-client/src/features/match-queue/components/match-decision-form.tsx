import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { BackLink } from '@/components/govuk/back-link';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText, Tag, WarningText } from '@/components/govuk/misc';
import { Radios } from '@/components/govuk/radios';
import { SummaryCard, SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { IdentificationSource, MatchCandidate, MatchPerson } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { identificationSourceLabels } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';
import { useResolveMatchCandidate } from '../api/resolve-match-candidate';
import { holdingRows } from '../holdings';
import { choicesFor, decisionFor, matchChoiceLabels, personName, recordsOf, type MatchChoice, type RecordLetter } from '../decision';

function identificationText(source: string): string {
  return Object.hasOwn(identificationSourceLabels, source) ? identificationSourceLabels[source as IdentificationSource] : source;
}

/** `identity` fields say who the person is: a difference there is marked. The rest say how we met them. */
type Field = { key: string; text: (person: MatchPerson) => string; identity?: (person: MatchPerson) => string | null | undefined };

const fields: Field[] = [
  { key: 'Name', text: personName, identity: (person) => personName(person).toLowerCase() },
  { key: 'Date of birth', text: (person) => formatDate(person.dateOfBirth), identity: (person) => person.dateOfBirth },
  { key: 'Postcode', text: (person) => person.postcode, identity: (person) => person.postcode.replace(/\s/g, '').toUpperCase() },
  {
    key: 'NHS number',
    text: (person) => (person.nhsNumber ? formatNhsNumber(person.nhsNumber) : 'Not known'),
    identity: (person) => person.nhsNumber,
  },
  { key: 'Phone', text: (person) => person.contact.phone ?? 'None given', identity: (person) => person.contact.phone?.replace(/\s/g, '') },
  { key: 'Email', text: (person) => person.contact.email ?? 'None given', identity: (person) => person.contact.email?.toLowerCase() },
  {
    key: 'Address',
    text: (person) =>
      [person.contact.addressLine1, person.contact.addressLine2, person.contact.town].filter(Boolean).join(', ') || 'None given',
  },
  { key: 'How we first knew them', text: (person) => identificationText(person.identificationSource) },
  { key: 'When', text: (person) => formatDateTime(person.identifiedAt) },
  { key: 'Sign-in', text: (person) => (person.hasSignIn ? 'Has their own sign-in' : 'No sign-in') },
];

/** Identity rows that differ between the two records are marked, so a difference is not missed; an unknown value is not a difference. */
function rowsFor(person: MatchPerson, other: MatchPerson): SummaryListRow[] {
  return fields.map((field) => {
    const text = field.text(person);
    const mine = field.identity?.(person);
    const theirs = field.identity?.(other);
    const differs = Boolean(mine) && Boolean(theirs) && mine !== theirs;
    return {
      key: field.key,
      value: differs ? (
        <>
          {text} <Tag colour="yellow">Differs</Tag>
        </>
      ) : (
        text
      ),
    };
  });
}

function RecordCard({ letter, person, other, from }: { letter: RecordLetter; person: MatchPerson; other: MatchPerson; from: string }) {
  return (
    <SummaryCard
      title={letter === 'A' ? 'Record A: held already' : 'Record B: new'}
      actions={[
        <Link key="open" className="govuk-link" to={paths.carer(person.id)} state={{ from, accessReason: 'casework' }}>
          Open<span className="govuk-visually-hidden"> record {letter}</span>
        </Link>,
      ]}
    >
      <SummaryList rows={rowsFor(person, other)} />
      <h3 className="govuk-heading-s govuk-!-margin-top-6">What record {letter} holds</h3>
      <SummaryList rows={holdingRows(person.holds)} />
    </SummaryCard>
  );
}

const choiceHints: Record<MatchChoice, string> = {
  mergeKeepA:
    'Everything record B holds moves to record A: people cared for, assessments, support plans, grants, breaks, emergency plans, consents, referrals, support, GP flags, complaints and requests. Record B is closed and points to record A.',
  mergeKeepB:
    'Everything record A holds moves to record B: people cared for, assessments, support plans, grants, breaks, emergency plans, consents, referrals, support, GP flags, complaints and requests. Record A is closed and points to record B.',
  keepApart: 'They are different people. Both records stay as they are and the match leaves the queue.',
};

type MatchDecisionFormProps = {
  candidate: MatchCandidate;
  onDecided: (choice: MatchChoice) => void;
};

/** The two records side by side, and the decision: merge into one of them, or keep them apart. */
export function MatchDecisionForm({ candidate, onDecided }: MatchDecisionFormProps) {
  const [choice, setChoice] = useState<MatchChoice | ''>('');
  const { errors, attempt, setErrors } = useFormErrors();
  const resolve = useResolveMatchCandidate();
  const records = recordsOf(candidate);
  const choices = choicesFor(candidate);
  const title = 'Are these the same person?';
  usePageTitle(`${title} ${personName(records.A)} and ${personName(records.B)}`, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) {
      setErrors(validationToFormErrors({ decision: 'Select whether to merge the records or keep them apart' }));
      return;
    }
    resolve.mutate(
      { candidateId: candidate.id, body: decisionFor(choice, candidate) },
      {
        onSuccess: () => onDecided(choice),
        onError: (error) => setErrors(problemToFormErrors(error, { decision: '#decision', keep: '#decision' })),
      },
    );
  }

  const here = paths.matchCandidate(candidate.id);
  return (
    <>
      <BackLink to={paths.matchQueue}>Back to the match queue</BackLink>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      <span className="govuk-caption-l">Match queue</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <InsetText>
        {candidate.reason}. Found on {formatDateTime(candidate.foundAt)}.
      </InsetText>
      {candidate.kind === 'signInClaim' ? (
        <WarningText>
          Sign-in claim: someone signed in and registered with details that match record A. A match alone is not proof. Before you
          merge, contact the person using record A’s phone, email or address, not the ones given with record B, and confirm they
          are the same person.
          {candidate.claimedNhsNumber ? ` They gave NHS number ${formatNhsNumber(candidate.claimedNhsNumber)}, which record A holds.` : ''}
        </WarningText>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <RecordCard letter="A" person={records.A} other={records.B} from={here} />
        </div>
        <div className="govuk-grid-column-one-half">
          <RecordCard letter="B" person={records.B} other={records.A} from={here} />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {choices.includes('mergeKeepA') ? null : (
            <InsetText>
              Both records have their own sign-in, so they cannot be merged: two accounts cannot share one record. Keep them apart and
              ask the carer which account they want to use.
            </InsetText>
          )}
          <form onSubmit={submit} noValidate>
            <Radios<MatchChoice>
              name="decision"
              legend="What do you want to do?"
              legendSize="m"
              error={errors.fields.decision ?? errors.fields.keep}
              value={choice}
              onChange={setChoice}
              items={choices.map((value) => ({ value, label: matchChoiceLabels[value], hint: choiceHints[value] }))}
            />
            <ButtonGroup>
              <Button preventDoubleClick disabled={resolve.isPending}>
                Confirm decision
              </Button>
              <Link className="govuk-link" to={paths.matchQueue}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
