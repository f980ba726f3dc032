import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
import { useApplyForGrant } from '../api/apply-for-grant';
import { amountError, helpsWithError, toApplyRequest, type GrantAnswers } from '../grant-answers';
import { useGrantPurposes } from './grant-words';

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
  const { t } = useTranslation('grants');
  const purposes = useGrantPurposes();
  const title = t('apply.purpose.title');
  return (
    <QuestionForm
      title={title}
      backTo={grantPaths.list}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        if (!purpose) return setErrors(validationToFormErrors({ purpose: t('apply.purpose.missing') }));
        setAnswers({ ...answers, purpose });
        void navigate(answers.amount && answers.helpsWith ? grantPaths.check : grantPaths.amount);
      }}
    >
      <Radios<GrantPurpose> name="purpose" legend={title} isPageHeading hint={t('apply.purpose.hint')} error={errors.fields.purpose} value={purpose} onChange={setPurpose} items={Object.entries(purposes).map(([value, label]) => ({ value: value as GrantPurpose, label }))} />
    </QuestionForm>
  );
}

export function GrantAmountPage() {
  const { answers, setAnswers } = useApply();
  const [amount, setAmount] = useState(answers.amount);
  const { errors, attempt, setErrors } = useFormErrors();
  const next = useNext(grantPaths.helpsWith);
  const { t } = useTranslation('grants');
  const title = t('apply.amount.title');
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
      <TextInput id="amount" label={title} isPageHeading hint={t('apply.amount.hint')} prefix="£" width="10" inputMode="decimal" spellCheck={false} error={errors.fields.amount} value={amount} onChange={setAmount} />
    </QuestionForm>
  );
}

export function GrantHelpsWithPage() {
  const { answers, setAnswers } = useApply();
  const [helpsWith, setHelpsWith] = useState(answers.helpsWith);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const { t } = useTranslation('grants');
  const title = t('apply.helpsWith.title');
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
      <Textarea id="helpsWith" label={title} isPageHeading hint={t('apply.helpsWith.hint')} error={errors.fields.helpsWith} value={helpsWith} onChange={setHelpsWith} spellCheck />
    </QuestionForm>
  );
}

export function GrantCheckAnswersPage() {
  const { answers, setAnswers } = useApply();
  const { errors, attempt, setErrors } = useFormErrors();
  const apply = useApplyForGrant();
  const navigate = useNavigate();
  const { t } = useTranslation('grants');
  const purposes = useGrantPurposes();
  usePageTitle(t('apply.check.title'), hasErrors(errors));
  const request = toApplyRequest(answers);
  if (!request) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('apply.check.title')}</h1>
        <p className="govuk-body">
          <Trans t={t} i18nKey="apply.check.someMissing" components={[<Link key="start" className="govuk-link" to={grantPaths.purpose} />]} />
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
          <h1 className="govuk-heading-l">{t('apply.check.title')}</h1>
          <SummaryList
            rows={[
              { key: t('apply.check.purpose'), value: purposes[request.purpose], actions: [{ to: grantPaths.purpose, text: t('apply.check.change'), visuallyHiddenText: t('apply.check.changePurpose') }] },
              { key: t('apply.check.amount'), value: formatPence(request.amountPence), actions: [{ to: `${grantPaths.amount}?change=1`, text: t('apply.check.change'), visuallyHiddenText: t('apply.check.changeAmount') }] },
              {
                key: t('apply.check.helpsWith'),
                value: <span className="app-preserve-lines">{request.helpsWith}</span>,
                actions: [{ to: `${grantPaths.helpsWith}?change=1`, text: t('apply.check.change'), visuallyHiddenText: t('apply.check.changeHelpsWith') }],
              },
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
              {t('apply.check.submit')}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function GrantConfirmationPage() {
  const { t } = useTranslation('grants');
  usePageTitle(t('apply.done.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={t('apply.done.title')} />
        <p className="govuk-body">{t('apply.done.next')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={grantPaths.list}>
            {t('apply.done.viewGrants')}
          </Link>
        </p>
      </div>
    </div>
  );
}
