import { useState, type FormEvent } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { usePageTitle } from '@/hooks/use-page-title';
import { accessReasonChoices, type AccessReason } from '@/lib/api/access-reason';

type AccessReasonQuestionProps = {
  /** The question, as the page's heading: "Why are you opening this record?" */
  question: string;
  /** Why the question is asked, under the heading. */
  hint?: string;
  backTo?: { to: string; text: string } | undefined;
  onChosen: (reason: AccessReason) => void;
};

export const accessReasonError = 'Select why you need to see this carer’s record';

/**
 * The reason step before a carer's record is shown outside a queue (decision 0025): the carer sees the
 * reason in "Who has seen your record", and the council can show why every look was needed.
 */
export function AccessReasonQuestion({ question, hint, backTo, onChosen }: AccessReasonQuestionProps) {
  const [reason, setReason] = useState<AccessReason | ''>('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  usePageTitle(question, error !== undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason === '') {
      setError(accessReasonError);
      setAttempt((count) => count + 1);
      return;
    }
    onChosen(reason);
  }

  return (
    <>
      {backTo ? <BackLink to={backTo.to}>{backTo.text}</BackLink> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error ? <ErrorSummary key={attempt} errors={[{ text: error, href: '#accessReason' }]} /> : null}
          <form onSubmit={submit} noValidate>
            <Radios
              name="accessReason"
              legend={question}
              legendSize="l"
              isPageHeading
              hint={hint ?? 'We keep a note of every look at a carer’s record and why. The carer can see it.'}
              error={error}
              items={accessReasonChoices.map((choice) => ({ value: choice.value, label: choice.label, hint: choice.hint }))}
              value={reason}
              onChange={(value) => {
                setReason(value);
              }}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
