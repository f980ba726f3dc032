import { useState, type FormEvent } from 'react';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Radios } from '@/components/govuk/radios';
import { SummaryList } from '@/components/govuk/summary-list';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { AnswerPartnerReferralRequest, AwaitingPartnerReferral } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { partnerName } from '@/lib/reference-data';
import { formatDayOf } from '@/lib/validation/date';
import { useAnswerPartnerReferral } from '../api/answer-partner-referral';
import { consentsPath } from '../paths';

type Answer = AnswerPartnerReferralRequest['answer'];

/** The carer agrees or refuses to share their record with a partner that referred them. */
export function AnswerPartnerReferralForm({ referral, onAnswered }: { referral: AwaitingPartnerReferral; onAnswered: (answer: Answer) => void }) {
  const [answer, setAnswer] = useState<Answer | ''>('');
  const { errors, attempt, setErrors } = useFormErrors();
  const answerReferral = useAnswerPartnerReferral();
  const name = partnerName(referral.partner);
  const title = `Do you agree to share your record with ${name}?`;
  usePageTitle(title, hasErrors(errors));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!answer) {
      setErrors(validationToFormErrors({ answer: `Select yes if you agree to share your record with ${name}` }));
      return;
    }
    answerReferral.mutate(
      { referralId: referral.referralId, answer },
      {
        onSuccess: () => onAnswered(answer),
        onError: (error) => setErrors(problemToFormErrors(error, { answer: '#answer' })),
      },
    );
  }

  return (
    <>
      <BackLink to={consentsPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <span className="govuk-caption-l">Sharing your information</span>
          <h1 className="govuk-heading-l">{name} has referred you</h1>
          <SummaryList
            rows={[
              { key: 'Referred you on', value: formatDayOf(referral.referredAt) },
              ...(referral.reason ? [{ key: 'Why they referred you', value: referral.reason }] : []),
            ]}
          />
          <p className="govuk-body">
            {name} told us you agreed to share your information with them. We already hold a record for you, so they cannot see it until
            you say yes. If you say no, they will not see it, and you can still agree later on the ‘Sharing your information’ page.
          </p>
          <form onSubmit={submit} noValidate>
            <Radios<Answer>
              name="answer"
              legend={title}
              legendSize="m"
              hint={`${name} will see your name, contact details and how much care you give, but not the name or health of the person you care for.`}
              error={errors.fields.answer}
              value={answer}
              onChange={setAnswer}
              inline
              items={[
                { value: 'confirm', label: 'Yes' },
                { value: 'refuse', label: 'No' },
              ]}
            />
            <Button preventDoubleClick disabled={answerReferral.isPending}>
              Continue
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
