import { useState } from 'react';
import { Link, useNavigate, useOutletContext } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { SummaryList } from '@/components/govuk/summary-list';
import { TextInput } from '@/components/govuk/text-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { formatDayLong } from '@/lib/calendar';
import type { InformationDefaults, InformationFormat, InformationRequest, InformationSubject } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { formatInWords, informationFormatLabels, informationSubjectLabels } from '@/lib/information-formats';
import { useRequestInformation } from '../api/request-information';
import { informationPaths } from '../paths';
import { formatErrors, startingAnswers, suggestedTitles, toInformationRequest, whatErrors, type InformationAnswers } from '../request-answers';

export type InformationAskContext = {
  answers: InformationAnswers;
  setAnswers: (answers: InformationAnswers) => void;
  defaults: InformationDefaults;
  sent: InformationRequest | null;
  setSent: (sent: InformationRequest) => void;
};

function useAsk() {
  return useOutletContext<InformationAskContext>();
}

function languageCodes(defaults: InformationDefaults): string[] {
  return defaults.languages.map((language) => language.code);
}

function languageNamesOf(defaults: InformationDefaults): Record<string, string> {
  return Object.fromEntries(defaults.languages.map((language) => [language.code, language.name]));
}

const subjects = Object.entries(informationSubjectLabels) as [InformationSubject, string][];
const formats = Object.entries(informationFormatLabels) as [InformationFormat, string][];

export function InformationWhatPage() {
  const { answers, setAnswers } = useAsk();
  const [subject, setSubject] = useState<InformationSubject | ''>(answers.subject);
  const [title, setTitle] = useState(answers.title);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const heading = 'What information do you want?';
  return (
    <QuestionForm
      title={heading}
      backTo={informationPaths.list}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const found = whatErrors({ subject, title });
        if (Object.values(found).some(Boolean)) return setErrors(validationToFormErrors(found));
        setAnswers({ ...answers, subject, title: title.trim() });
        void navigate(answers.format && window.location.search.includes('change') ? informationPaths.check : informationPaths.format);
      }}
    >
      <Radios<InformationSubject>
        name="subject"
        legend={heading}
        isPageHeading
        hint="We can send you a leaflet, your support plan, your assessment decision or a letter in a format you can use."
        error={errors.fields.subject}
        value={subject}
        onChange={(value) => {
          setSubject(value);
          const suggested = suggestedTitles[value];
          if (suggested && (title === '' || Object.values(suggestedTitles).includes(title))) setTitle(suggested);
        }}
        items={subjects.map(([value, label]) => ({ value, label }))}
      />
      <TextInput
        id="title"
        label="Which one?"
        labelSize="m"
        hint="For example, the name of the leaflet or the date of the letter."
        error={errors.fields.title}
        value={title}
        onChange={setTitle}
        spellCheck
      />
    </QuestionForm>
  );
}

export function InformationFormatPage() {
  const { answers, setAnswers, defaults } = useAsk();
  const [format, setFormat] = useState<InformationFormat | ''>(answers.format);
  const [language, setLanguage] = useState(answers.language);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const heading = 'What format do you want it in?';
  const languageSelect = (
    <Select
      id="language"
      label="Which language?"
      error={errors.fields.language}
      value={language}
      onChange={setLanguage}
      items={[{ value: '', label: 'Select a language' }, ...defaults.languages.map((item) => ({ value: item.code, label: item.name }))]}
    />
  );
  return (
    <QuestionForm
      title={heading}
      backTo={informationPaths.what}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const found = formatErrors({ format, language }, languageCodes(defaults));
        if (Object.values(found).some(Boolean)) return setErrors(validationToFormErrors(found));
        setAnswers({ ...answers, format, language: format === 'anotherLanguage' ? language : '' });
        void navigate(informationPaths.check);
      }}
    >
      <Radios<InformationFormat>
        name="format"
        legend={heading}
        isPageHeading
        hint={defaults.format ? 'We have chosen the format your record says suits you. You can change it.' : undefined}
        error={errors.fields.format}
        value={format}
        onChange={setFormat}
        items={formats.map(([value, label]) => (value === 'anotherLanguage' ? { value, label, conditional: languageSelect } : { value, label }))}
      />
    </QuestionForm>
  );
}

export function InformationCheckAnswersPage() {
  const { answers, setAnswers, defaults, setSent } = useAsk();
  const { errors, attempt, setErrors } = useFormErrors();
  const ask = useRequestInformation();
  const navigate = useNavigate();
  const heading = 'Check your answers before asking';
  usePageTitle(heading, hasErrors(errors));
  const request = toInformationRequest(answers, languageCodes(defaults));
  if (!request) {
    return (
      <>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          Some answers are missing.{' '}
          <Link className="govuk-link" to={informationPaths.what}>
            Start again
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink to={informationPaths.format} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList
            rows={[
              { key: 'What you want', value: informationSubjectLabels[request.subject], actions: [{ to: `${informationPaths.what}?change=1`, text: 'Change', visuallyHiddenText: 'what you want' }] },
              { key: 'Which one', value: request.title, actions: [{ to: `${informationPaths.what}?change=1`, text: 'Change', visuallyHiddenText: 'which one' }] },
              {
                key: 'Format',
                value: formatInWords(request.format ?? 'anotherLanguage', request.language, languageNamesOf(defaults)),
                actions: [{ to: informationPaths.format, text: 'Change', visuallyHiddenText: 'the format' }],
              },
            ]}
          />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              ask.mutate(request, {
                onSuccess: (response) => {
                  setSent(response.request);
                  void navigate(informationPaths.done);
                  setAnswers(startingAnswers(null, defaults));
                },
                onError: (error) => setErrors(problemToFormErrors(error, { subject: '/information-requests/ask', title: '/information-requests/ask', format: '/information-requests/ask/format', language: '/information-requests/ask/format' })),
              });
            }}
          >
            <Button preventDoubleClick disabled={ask.isPending}>
              Send your request
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function InformationConfirmationPage() {
  const { sent } = useAsk();
  usePageTitle('Request sent');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title="Request sent">{sent ? <>We will send it by {formatDayLong(sent.dueOn)}</> : null}</ConfirmationPanel>
        <p className="govuk-body">We aim to send information in the format you asked for within 10 working days.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={informationPaths.list}>
            View your information requests
          </Link>
        </p>
      </div>
    </div>
  );
}
