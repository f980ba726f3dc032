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
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { FeedbackAbout, FeedbackItem, FeedbackKind } from '@/lib/api/types';
import { formatDayLong } from '@/lib/calendar';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { useSendFeedback } from '../api/send-feedback';
import { aboutError, emptyFeedbackAnswers, kindError, textError, toSendFeedbackRequest, type FeedbackAnswers } from '../feedback-answers';
import { feedbackPaths } from '../paths';
import { useFeedbackAbouts } from './feedback-words';

export type GiveFeedbackContext = {
  answers: FeedbackAnswers;
  setAnswers: (answers: FeedbackAnswers) => void;
  sent: FeedbackItem | null;
  setSent: (sent: FeedbackItem) => void;
};

function useGive() {
  return useOutletContext<GiveFeedbackContext>();
}

/** From check answers, "Change" comes back there rather than walking every page again. */
function nextOr(path: string): string {
  return window.location.search.includes('change') ? feedbackPaths.check : path;
}

export function FeedbackKindPage() {
  const { answers, setAnswers } = useGive();
  const [kind, setKind] = useState<FeedbackKind | ''>(answers.kind);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();
  const { t } = useTranslation('feedback');
  const heading = t('give.kind.title');
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
        hint={t('give.kind.hint')}
        error={errors.fields.kind}
        value={kind}
        onChange={setKind}
        items={[
          { value: 'complaint', label: t('give.kind.complaint'), hint: t('give.kind.complaintHint') },
          { value: 'compliment', label: t('give.kind.compliment'), hint: t('give.kind.complimentHint') },
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
  const { t } = useTranslation('feedback');
  const abouts = useFeedbackAbouts();
  const heading = t(answers.kind === 'compliment' ? 'give.about.complimentTitle' : 'give.about.complaintTitle');
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
  const { t } = useTranslation('feedback');
  const heading = t(compliment ? 'give.text.complimentTitle' : 'give.text.complaintTitle');
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
        hint={t(compliment ? 'give.text.complimentHint' : 'give.text.complaintHint')}
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
  const { t } = useTranslation('feedback');
  const heading = t(compliment ? 'give.check.complimentTitle' : 'give.check.complaintTitle');
  usePageTitle(heading, hasErrors(errors));
  const request = toSendFeedbackRequest(answers);
  if (!request) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('give.check.missingTitle')}</h1>
        <p className="govuk-body">
          <Trans t={t} i18nKey="give.check.someMissing" components={[<Link key="start" className="govuk-link" to={feedbackPaths.kind} />]} />
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
                key: t('give.check.kind'),
                value: t(compliment ? 'kinds.compliment' : 'kinds.complaint'),
                actions: [{ to: `${feedbackPaths.kind}?change=1`, text: t('give.check.change'), visuallyHiddenText: t('give.check.changeKind') }],
              },
              {
                key: t('give.check.about'),
                value: t(`abouts.${request.about}`),
                actions: [{ to: `${feedbackPaths.about}?change=1`, text: t('give.check.change'), visuallyHiddenText: t('give.check.changeAbout') }],
              },
              {
                key: t(compliment ? 'give.check.complimentText' : 'give.check.complaintText'),
                value: <span className="app-preserve-lines">{request.text}</span>,
                actions: [{ to: feedbackPaths.text, text: t('give.check.change'), visuallyHiddenText: t(compliment ? 'give.check.changeComplimentText' : 'give.check.changeComplaintText') }],
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
              {t(compliment ? 'give.check.sendCompliment' : 'give.check.sendComplaint')}
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
  const { t } = useTranslation('feedback');
  const title = t(complaint ? 'give.done.complaintTitle' : 'give.done.complimentTitle');
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={title}>{complaint && sent.acknowledgeBy ? t('give.done.acknowledgeBy', { date: formatDayLong(sent.acknowledgeBy) }) : null}</ConfirmationPanel>
        {complaint ? (
          <>
            <h2 className="govuk-heading-m">{t('give.done.next')}</h2>
            <p className="govuk-body">{t('give.done.contact')}</p>
            <p className="govuk-body">{t('give.done.track')}</p>
          </>
        ) : (
          <p className="govuk-body">{t('give.done.thanks')}</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={sent ? feedbackPaths.item(sent.id) : feedbackPaths.list}>
            {t(complaint ? 'give.done.viewComplaint' : 'give.done.viewAll')}
          </Link>
        </p>
      </div>
    </div>
  );
}
