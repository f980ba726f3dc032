import { useState } from 'react';
import { Link, useNavigate, useOutletContext } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { Radios } from '@/components/govuk/radios';
import { SummaryList } from '@/components/govuk/summary-list';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { FeedbackAbout, FeedbackItem, FeedbackKind } from '@/lib/api/types';
import { formatDayLong } from '@/lib/calendar';
import { feedbackAboutLabels } from '@/lib/feedback-words';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useSendFeedback } from '../api/send-feedback';
import { aboutError, emptyFeedbackAnswers, kindError, textError, toSendFeedbackRequest, type FeedbackAnswers } from '../feedback-answers';
import { feedbackPaths } from '../paths';

export type GiveFeedbackContext = {
  answers: FeedbackAnswers;
  setAnswers: (answers: FeedbackAnswers) => void;
  sent: FeedbackItem | null;
  setSent: (sent: FeedbackItem) => void;
};

function useGive() {
  return useOutletContext<GiveFeedbackContext>();
}

const abouts = Object.entries(feedbackAboutLabels) as [FeedbackAbout, string][];

/** From check answers, "Change" comes back there rather than walking every page again. */
function nextOr(path: string): string {
  return window.location.search.includes('change') ? feedbackPaths.check : path;
}

export function FeedbackKindPage() {
  const { answers, setAnswers } = useGive();
  const [kind, setKind] = useState<FeedbackKind | ''>(answers.kind);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const heading = 'Do you want to make a complaint or give a compliment?';
  return (
    <QuestionForm
      title={heading}
      backTo={feedbackPaths.list}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const message = kindError(kind);
        if (message) return setErrors(validationToFormErrors({ kind: message }));
        setAnswers({ ...answers, kind });
        void navigate(nextOr(feedbackPaths.about));
      }}
    >
      <Radios<FeedbackKind>
        name="kind"
        legend={heading}
        isPageHeading
        hint="You can tell us about any part of the service: an assessment, a grant, a break, staff, or anything else."
        error={errors.fields.kind}
        value={kind}
        onChange={setKind}
        items={[
          { value: 'complaint', label: 'Make a complaint', hint: 'Something went wrong or was not good enough. We will reply.' },
          { value: 'compliment', label: 'Give a compliment', hint: 'Something or someone helped you. We will pass it on.' },
        ]}
      />
    </QuestionForm>
  );
}

export function FeedbackAboutPage() {
  const { answers, setAnswers } = useGive();
  const [about, setAbout] = useState<FeedbackAbout | ''>(answers.about);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const heading = answers.kind === 'compliment' ? 'What is your compliment about?' : 'What is your complaint about?';
  return (
    <QuestionForm
      title={heading}
      backTo={feedbackPaths.kind}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const message = aboutError(about);
        if (message) return setErrors(validationToFormErrors({ about: message }));
        setAnswers({ ...answers, about });
        void navigate(nextOr(feedbackPaths.text));
      }}
    >
      <Radios<FeedbackAbout> name="about" legend={heading} isPageHeading error={errors.fields.about} value={about} onChange={setAbout} items={abouts.map(([value, label]) => ({ value, label }))} />
    </QuestionForm>
  );
}

export function FeedbackTextPage() {
  const { answers, setAnswers } = useGive();
  const [text, setText] = useState(answers.text);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const compliment = answers.kind === 'compliment';
  const heading = compliment ? 'Tell us about your compliment' : 'Tell us what happened';
  return (
    <QuestionForm
      title={heading}
      backTo={feedbackPaths.about}
      errors={errors}
      attempt={attempt}
      onSubmit={() => {
        const message = textError(answers.kind, text);
        if (message) return setErrors(validationToFormErrors({ text: message }));
        setAnswers({ ...answers, text: text.trim() });
        void navigate(feedbackPaths.check);
      }}
    >
      <Textarea
        id="text"
        label={heading}
        isPageHeading
        hint={
          compliment
            ? 'Say who or what helped, and when, so we can pass it on. Up to 4,000 characters.'
            : 'Say what happened, when, who was involved and what you would like us to do. Do not include anyone’s medical details. Up to 4,000 characters.'
        }
        error={errors.fields.text}
        value={text}
        onChange={setText}
        rows={8}
        spellCheck
      />
    </QuestionForm>
  );
}

export function FeedbackCheckAnswersPage() {
  const { answers, setAnswers, setSent } = useGive();
  const { errors, attempt, setErrors } = useFormErrors();
  const send = useSendFeedback();
  const navigate = useNavigate();
  const compliment = answers.kind === 'compliment';
  const heading = compliment ? 'Check your compliment before sending it' : 'Check your complaint before sending it';
  usePageTitle(heading, hasErrors(errors));
  const request = toSendFeedbackRequest(answers);
  if (!request) {
    return (
      <>
        <h1 className="govuk-heading-l">Check your answers</h1>
        <p className="govuk-body">
          Some answers are missing.{' '}
          <Link className="govuk-link" to={feedbackPaths.kind}>
            Start again
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink to={feedbackPaths.text} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList
            rows={[
              {
                key: 'Complaint or compliment',
                value: compliment ? 'Compliment' : 'Complaint',
                actions: [{ to: `${feedbackPaths.kind}?change=1`, text: 'Change', visuallyHiddenText: 'complaint or compliment' }],
              },
              {
                key: 'What it is about',
                value: feedbackAboutLabels[request.about],
                actions: [{ to: `${feedbackPaths.about}?change=1`, text: 'Change', visuallyHiddenText: 'what it is about' }],
              },
              {
                key: compliment ? 'Your compliment' : 'What happened',
                value: <span className="app-preserve-lines">{request.text}</span>,
                actions: [{ to: feedbackPaths.text, text: 'Change', visuallyHiddenText: compliment ? 'your compliment' : 'what happened' }],
              },
            ]}
          />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              send.mutate(request, {
                onSuccess: (item) => {
                  setSent(item);
                  void navigate(feedbackPaths.done);
                  setAnswers(emptyFeedbackAnswers);
                },
                onError: (error) => setErrors(problemToFormErrors(error, { kind: feedbackPaths.kind, about: feedbackPaths.about, text: feedbackPaths.text })),
              });
            }}
          >
            <Button preventDoubleClick disabled={send.isPending}>
              {compliment ? 'Send your compliment' : 'Send your complaint'}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function FeedbackConfirmationPage() {
  const { sent } = useGive();
  const complaint = sent?.kind === 'complaint';
  const title = complaint ? 'Complaint received' : 'Compliment sent';
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={title}>{complaint && sent.acknowledgeBy ? <>We will acknowledge it by {formatDayLong(sent.acknowledgeBy)}</> : null}</ConfirmationPanel>
        {complaint ? (
          <>
            <h2 className="govuk-heading-m">What happens next</h2>
            <p className="govuk-body">
              We will contact you within 3 working days to say we have your complaint, and to agree with you how long looking into it should take.
            </p>
            <p className="govuk-body">You can see where your complaint is at any time, and read our response when we have answered it.</p>
          </>
        ) : (
          <p className="govuk-body">Thank you. We will pass your compliment on to the people it is about.</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={sent ? feedbackPaths.item(sent.id) : feedbackPaths.list}>
            {complaint ? 'View your complaint' : 'View your complaints and compliments'}
          </Link>
        </p>
      </div>
    </div>
  );
}
