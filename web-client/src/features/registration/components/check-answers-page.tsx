import type { FormEvent } from 'react';
import { toRegisterRequest } from '@/features/registration/register-request';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { Lines } from '@/components/carer-record/carer-details-rows';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { CarerRecord, Versioned } from '@/lib/api/types';
import { generalMessage, hasErrors, normaliseFieldKey, serviceProblemMessage, type FormErrors } from '@/lib/forms/form-errors';
import { languageDisplayName } from '@/i18n/language-display';
import { ethnicityLabel, referenceLabel } from '@/i18n/reference-labels';
import { parseDateParts, formatDate } from '@/lib/validation/date';
import { useRegisterCarer } from '../api/register-carer';
import { useRegistration } from '../registration-context';
import {
  applicableSteps,
  firstUnansweredStep,
  stepOfField,
  stepPath,
  voiceOf,
  type RegistrationAnswers,
  type StepId,
} from '../registration-answers';

type Translate = TFunction<['registration', 'common']>;

function change(t: Translate, step: StepId, what: string) {
  return [{ to: `${stepPath(step)}?change=true`, text: t('common:components.change'), visuallyHiddenText: what }];
}

export function answerRows(answers: RegistrationAnswers, t: Translate): SummaryListRow[] {
  const voice = voiceOf(answers);
  const steps = applicableSteps(answers);
  const dateOfBirth = parseDateParts(answers.dateOfBirth, { name: 'Date of birth', missing: '' });
  const channel = answers.preferredContactChannel;
  const rows: SummaryListRow[] = [
    {
      key: t('checkAnswers.who'),
      value: answers.registeringAs ? referenceLabel('registeringAs', answers.registeringAs) : '',
      actions: change(t, 'who', t('checkAnswers.changeWho')),
    },
    {
      key: voice.parent ? t('checkAnswers.nameYoungCarer') : t('checkAnswers.name'),
      value: `${answers.givenName} ${answers.familyName}`,
      actions: change(t, 'name', t('checkAnswers.changeName')),
    },
    {
      key: t('checkAnswers.dateOfBirth'),
      value: dateOfBirth.ok ? formatDate(dateOfBirth.value) : '',
      actions: change(t, 'date-of-birth', t('checkAnswers.changeDateOfBirth')),
    },
    {
      key: t('checkAnswers.address'),
      value: <Lines lines={[answers.addressLine1, answers.addressLine2, answers.town, answers.postcode]} />,
      actions: change(t, 'address', t('checkAnswers.changeAddress')),
    },
    {
      key: t('checkAnswers.contact'),
      value: channel ? (
        <Lines lines={[referenceLabel('contactChannel', channel), channel === 'email' ? answers.email : channel === 'post' ? '' : answers.phone]} />
      ) : (
        ''
      ),
      actions: change(t, 'contact', t('checkAnswers.changeContact')),
    },
    {
      key: t('checkAnswers.language'),
      value: languageDisplayName(answers.preferredLanguage),
      actions: change(t, 'language', t('checkAnswers.changeLanguage')),
    },
    {
      key: t('checkAnswers.adjustments'),
      value: answers.noAdjustments ? (
        t('common:components.none')
      ) : (
        <Lines lines={answers.reasonableAdjustments.map((adjustment) => referenceLabel('reasonableAdjustment', adjustment))} />
      ),
      actions: change(t, 'adjustments', t('checkAnswers.changeAdjustments')),
    },
    {
      key: t('checkAnswers.nhsNumber'),
      value: answers.knowsNhsNumber === 'yes' ? answers.nhsNumber : t('common:components.notGiven'),
      actions: change(t, 'nhs-number', t('checkAnswers.changeNhsNumber')),
    },
    {
      key: t('checkAnswers.ethnicGroup'),
      value:
        answers.ethnicGroup === 'preferNotToSay'
          ? referenceLabel('ethnicity', 'preferNotToSay')
          : answers.ethnicity
            ? ethnicityLabel(answers.ethnicity)
            : '',
      actions: change(t, 'ethnic-group', t('checkAnswers.changeEthnicGroup')),
    },
  ];
  if (steps.includes('employment')) {
    rows.push({
      key: t('checkAnswers.work'),
      value: answers.employmentStatus ? referenceLabel('employmentStatus', answers.employmentStatus) : '',
      actions: change(t, 'employment', t('checkAnswers.changeWork')),
    });
  }
  rows.push({
    key: t('checkAnswers.education'),
    value: answers.educationStatus ? referenceLabel('educationStatus', answers.educationStatus) : '',
    actions: change(t, 'education', t('checkAnswers.changeEducation')),
  });
  return rows;
}

/** Server errors after "Accept and send" link back to the question that asks for the field. */
function registrationErrors(error: unknown): FormErrors {
  if (!isApiError(error)) return { fields: {}, summary: [{ text: serviceProblemMessage }] };
  const summary = Object.entries(error.problem.errors ?? {}).flatMap(([key, messages]) => {
    const step = stepOfField[normaliseFieldKey(key)];
    const text = messages[0];
    if (!text) return [];
    return [step ? { text, href: `${stepPath(step)}?change=true` } : { text }];
  });
  return { fields: {}, summary: summary.length > 0 ? summary : [{ text: generalMessage(error.status, error.problem) }] };
}

export function CheckAnswersPage() {
  const { answers, reset } = useRegistration();
  const navigate = useNavigate();
  const registerCarer = useRegisterCarer();
  const { errors, attempt, setErrors } = useFormErrors();
  const voice = voiceOf(answers);
  const { t } = useTranslation(['registration', 'common']);
  usePageTitle(t('checkAnswers.title'), hasErrors(errors));

  const missing = firstUnansweredStep(answers);
  if (missing) return <Navigate to={stepPath(missing)} replace />;

  // The carer area turns registered people away from the questions (and this page sends anyone
  // without answers back to them), so the record is stored and the answers forgotten only once
  // the confirmation page is showing.
  async function showConfirmation(record: Versioned<CarerRecord>) {
    await navigate(stepPath('confirmation'), { replace: true, flushSync: true });
    registerCarer.remember(record);
    reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toRegisterRequest(answers);
    if (!body || registerCarer.isPending) return;
    registerCarer.mutate(body, {
      onSuccess: (record) => void showConfirmation(record),
      onError: (error) => setErrors(registrationErrors(error)),
    });
  }

  const lastStep = applicableSteps(answers).at(-1) ?? 'education';

  return (
    <>
      <BackLink to={stepPath(lastStep)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{t('checkAnswers.title')}</h1>
          <h2 className="govuk-heading-m">{voice.parent ? t('checkAnswers.aboutYoungCarer') : t('checkAnswers.aboutYou')}</h2>
          <SummaryList rows={answerRows(answers, t)} />
          <h2 className="govuk-heading-m">{t('checkAnswers.sendHeading')}</h2>
          <p className="govuk-body">{t('checkAnswers.declaration')}</p>
          <form onSubmit={submit} noValidate>
            <Button preventDoubleClick disabled={registerCarer.isPending}>
              {t('checkAnswers.accept')}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
