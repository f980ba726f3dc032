import type { FormEvent } from 'react';
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
import { languageName } from '@/lib/language-names';
import { generalMessage, hasErrors, normaliseFieldKey, serviceProblemMessage, type FormErrors } from '@/lib/forms/form-errors';
import {
  contactChannelLabels,
  educationStatusLabels,
  employmentStatusLabels,
  ethnicityText,
  reasonableAdjustmentLabels,
  registeringAsLabels,
} from '@/lib/reference-data';
import { parseDateParts, formatDate } from '@/lib/validation/date';
import { useRegisterCarer } from '../api/register-carer';
import { useRegistration } from '../registration-context';
import {
  applicableSteps,
  firstUnansweredStep,
  stepOfField,
  stepPath,
  toRegisterRequest,
  voiceOf,
  type RegistrationAnswers,
  type StepId,
} from '../registration-answers';

function change(step: StepId, what: string) {
  return [{ to: `${stepPath(step)}?change=true`, text: 'Change', visuallyHiddenText: what }];
}

export function answerRows(answers: RegistrationAnswers): SummaryListRow[] {
  const voice = voiceOf(answers);
  const steps = applicableSteps(answers);
  const dateOfBirth = parseDateParts(answers.dateOfBirth, { name: 'Date of birth', missing: '' });
  const channel = answers.preferredContactChannel;
  const rows: SummaryListRow[] = [
    { key: 'Who you are registering', value: answers.registeringAs ? registeringAsLabels[answers.registeringAs] : '', actions: change('who', 'who you are registering') },
    { key: 'Name', value: `${answers.givenName} ${answers.familyName}`, actions: change('name', 'name') },
    { key: 'Date of birth', value: dateOfBirth.ok ? formatDate(dateOfBirth.value) : '', actions: change('date-of-birth', 'date of birth') },
    {
      key: 'Address',
      value: <Lines lines={[answers.addressLine1, answers.addressLine2, answers.town, answers.postcode]} />,
      actions: change('address', 'address'),
    },
    {
      key: 'How to contact you',
      value: channel ? (
        <Lines lines={[contactChannelLabels[channel], channel === 'email' ? answers.email : channel === 'post' ? '' : answers.phone]} />
      ) : (
        ''
      ),
      actions: change('contact', 'how to contact you'),
    },
    {
      key: 'Language',
      value: answers.languageChoice === 'other' ? languageName(answers.otherLanguage) : 'English',
      actions: change('language', 'language'),
    },
    {
      key: 'Help when we contact you',
      value: answers.noAdjustments ? (
        'None'
      ) : (
        <Lines lines={answers.reasonableAdjustments.map((adjustment) => reasonableAdjustmentLabels[adjustment])} />
      ),
      actions: change('adjustments', 'help when we contact you'),
    },
    {
      key: 'NHS number',
      value: answers.knowsNhsNumber === 'yes' ? answers.nhsNumber : 'Not given',
      actions: change('nhs-number', 'NHS number'),
    },
    {
      key: 'Ethnic group',
      value: answers.ethnicGroup === 'preferNotToSay' ? 'Prefer not to say' : answers.ethnicity ? ethnicityText(answers.ethnicity) : '',
      actions: change('ethnic-group', 'ethnic group'),
    },
  ];
  if (steps.includes('employment')) {
    rows.push({
      key: 'Work',
      value: answers.employmentStatus ? employmentStatusLabels[answers.employmentStatus] : '',
      actions: change('employment', 'work'),
    });
  }
  rows.push({
    key: 'Education or training',
    value: answers.educationStatus ? educationStatusLabels[answers.educationStatus] : '',
    actions: change('education', 'education or training'),
  });
  if (voice.parent) rows[1]!.key = 'Young carer’s name';
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
  usePageTitle('Check your answers before registering', hasErrors(errors));

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
          <h1 className="govuk-heading-l">Check your answers before registering</h1>
          <h2 className="govuk-heading-m">{voice.parent ? 'About the young carer' : 'About you'}</h2>
          <SummaryList rows={answerRows(answers)} />
          <h2 className="govuk-heading-m">Now send your registration</h2>
          <p className="govuk-body">
            By sending this registration you are confirming that, to the best of your knowledge, the details you are providing are correct.
          </p>
          <form onSubmit={submit} noValidate>
            <Button preventDoubleClick disabled={registerCarer.isPending}>
              Accept and send
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
