import { useState } from 'react';
import { Link, useNavigate, useOutletContext } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { Radios } from '@/components/govuk/radios';
import { SummaryList } from '@/components/govuk/summary-list';
import { TextInput } from '@/components/govuk/text-input';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { GrantPurpose } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { formatPence } from '@/lib/money';
import { grantPurposeLabels, optionsOf } from '@/lib/reference-data';
import { useApplyForGrant } from '../api/apply-for-grant';
import { amountError, helpsWithError, toApplyRequest, type GrantAnswers } from '../grant-answers';

export type GrantApplyContext = { answers: GrantAnswers; setAnswers: (answers: GrantAnswers) => void };

export const grantPaths = {
  list: '/grants',
  purpose: '/grants/apply',
  amount: '/grants/apply/amount',
  helpsWith: '/grants/apply/helps-with',
  check: '/grants/apply/check-answers',
  done: '/grants/apply/confirmation',
};

function useApply() {
  return useOutletContext<GrantApplyContext>();
}

function useNext(fallback: string) {
  const navigate = useNavigate();
  const { answers } = useApply();
  // After a Change link from check answers, go straight back there once the answer is complete.
  return () => void navigate(toApplyRequest(answers) && window.location.search.includes('change') ? grantPaths.check : fallback);
}

export function GrantPurposePage() {
  const { answers, setAnswers } = useApply();
  const [purpose, setPurpose] = useState<GrantPurpose | ''>(answers.purpose);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const title = 'What is the grant for?';
  return (
    <QuestionForm
      title={title}
      backTo={grantPaths.list}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        if (!purpose) return setErrors(validationToFormErrors({ purpose: 'Select what the grant is for' }));
        setAnswers({ ...answers, purpose });
        void navigate(answers.amount && answers.helpsWith ? grantPaths.check : grantPaths.amount);
      }}
    >
      <Radios<GrantPurpose> name="purpose" legend={title} isPageHeading hint="A grant is for your own wellbeing as a carer." error={errors.fields.purpose} value={purpose} onChange={setPurpose} items={optionsOf(grantPurposeLabels)} />
    </QuestionForm>
  );
}

export function GrantAmountPage() {
  const { answers, setAnswers } = useApply();
  const [amount, setAmount] = useState(answers.amount);
  const { errors, attempt, setErrors } = useFormErrors();
  const next = useNext(grantPaths.helpsWith);
  const title = 'How much do you need?';
  return (
    <QuestionForm
      title={title}
      backTo={grantPaths.purpose}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const error = amountError(amount);
        if (error) return setErrors(validationToFormErrors({ amount: error }));
        setAnswers({ ...answers, amount });
        next();
      }}
    >
      <TextInput id="amount" label={title} isPageHeading hint="In pounds, for example 250 or 99.50" prefix="£" width="10" inputMode="decimal" spellCheck={false} error={errors.fields.amount} value={amount} onChange={setAmount} />
    </QuestionForm>
  );
}

export function GrantHelpsWithPage() {
  const { answers, setAnswers } = useApply();
  const [helpsWith, setHelpsWith] = useState(answers.helpsWith);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const title = 'What will the grant help you with?';
  return (
    <QuestionForm
      title={title}
      backTo={grantPaths.amount}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const error = helpsWithError(helpsWith);
        if (error) return setErrors(validationToFormErrors({ helpsWith: error }));
        setAnswers({ ...answers, helpsWith });
        void navigate(grantPaths.check);
      }}
    >
      <Textarea id="helpsWith" label={title} isPageHeading hint="Tell us how it will help you as a carer, in your own words." error={errors.fields.helpsWith} value={helpsWith} onChange={setHelpsWith} spellCheck />
    </QuestionForm>
  );
}

export function GrantCheckAnswersPage() {
  const { answers, setAnswers } = useApply();
  const { errors, attempt, setErrors } = useFormErrors();
  const apply = useApplyForGrant();
  const navigate = useNavigate();
  usePageTitle('Check your answers before applying', hasErrors(errors));
  const request = toApplyRequest(answers);
  if (!request) {
    return (
      <>
        <h1 className="govuk-heading-l">Check your answers before applying</h1>
        <p className="govuk-body">
          Some answers are missing. <Link className="govuk-link" to={grantPaths.purpose}>Start your application</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink to={grantPaths.helpsWith} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">Check your answers before applying</h1>
          <SummaryList
            rows={[
              { key: 'What the grant is for', value: grantPurposeLabels[request.purpose], actions: [{ to: grantPaths.purpose, text: 'Change', visuallyHiddenText: 'what the grant is for' }] },
              { key: 'How much', value: formatPence(request.amountPence), actions: [{ to: `${grantPaths.amount}?change=1`, text: 'Change', visuallyHiddenText: 'how much' }] },
              { key: 'What it will help with', value: <span className="app-preserve-lines">{request.helpsWith}</span>, actions: [{ to: `${grantPaths.helpsWith}?change=1`, text: 'Change', visuallyHiddenText: 'what it will help with' }] },
            ]}
          />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              apply.mutate(request, {
                onSuccess: () => {
                  void navigate(grantPaths.done);
                  setAnswers({ purpose: '', amount: '', helpsWith: '' });
                },
                onError: (error) => setErrors(problemToFormErrors(error, {})),
              });
            }}
          >
            <Button preventDoubleClick disabled={apply.isPending}>
              Apply for the grant
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function GrantConfirmationPage() {
  usePageTitle('Application sent');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title="Application sent" />
        <p className="govuk-body">A grants officer will look at your application and let you know their decision.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={grantPaths.list}>
            View your grants
          </Link>
        </p>
      </div>
    </div>
  );
}
