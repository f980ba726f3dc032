import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useOutletContext, useParams, useSearchParams } from 'react-router';
import { RadiosQuestion } from '@/components/form/radios-question';
import { BackLink } from '@/components/govuk/back-link';
import { Button, StartButton } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText } from '@/components/govuk/misc';
import { ConfirmationPanel } from '@/components/govuk/panel';
import { SummaryList } from '@/components/govuk/summary-list';
import { PageNotFound } from '@/components/layout/page-states';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { MySurvey, SurveySatisfaction } from '@/lib/api/types';
import { hasErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { satisfactionLabels, satisfactionQuestion, surveyQuestions, surveyYearInWords, type SurveyQuestion } from '@/lib/survey-questions';
import { formatDate } from '@/lib/validation/date';
import { useAnswerSurvey } from '../api/answer-survey';
import { useRefreshMySurvey } from '../api/get-my-survey';
import { surveyPaths } from '../paths';
import {
  emptySurveyAnswers,
  firstUnansweredPath,
  isSurveySatisfaction,
  isSurveyScore,
  nextPath,
  previousPath,
  satisfactionSlug,
  surveyQuestionCount,
  surveySlugs,
  toAnswerSurveyRequest,
  type SurveyAnswers,
} from '../survey-answers';

export type SurveyContext = { survey: MySurvey; answers: SurveyAnswers; setAnswers: (answers: SurveyAnswers) => void };

function useSurvey() {
  return useOutletContext<SurveyContext>();
}

const startTitle = 'Tell us how we are doing';

export function SurveyStartPage() {
  const { survey } = useSurvey();
  usePageTitle(startTitle);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{startTitle}</h1>
        {!survey.open ? (
          <p className="govuk-body">There is no carers’ survey at the moment. We ask carers once a year.</p>
        ) : survey.answered ? (
          <p className="govuk-body">You have answered this year’s carers’ survey. Thank you for taking part.</p>
        ) : (
          <>
            <p className="govuk-body">
              Once a year we ask carers 7 questions about their life and about the support they get. It is the same survey councils across England
              use, so we can see how Luton is doing and what to change.
            </p>
            <p className="govuk-body">It takes about 5 minutes. You do not have to answer it.</p>
            <InsetText>
              We keep your answers apart from your name. Nobody at the council can see your answers, only totals for groups of at least 5
              carers. Once you send your answers, you cannot see or change them.
            </InsetText>
            {survey.closesOn ? (
              <p className="govuk-body">
                The survey for {surveyYearInWords(survey.financialYear ?? 0)} is open until {formatDate(survey.closesOn)}.
              </p>
            ) : null}
            <StartButton to={surveyPaths.question(surveySlugs[0] ?? satisfactionSlug)}>Start now</StartButton>
          </>
        )}
      </div>
    </div>
  );
}

function questionCaption(slug: string): string {
  return `Question ${surveySlugs.indexOf(slug) + 1} of ${surveyQuestionCount}`;
}

export function SurveyQuestionPage() {
  const { slug = '' } = useParams();
  const question = surveyQuestions.find((candidate) => candidate.slug === slug);
  if (slug === satisfactionSlug) return <SatisfactionQuestion key={slug} />;
  if (!question) return <PageNotFound />;
  return <ItemQuestion key={slug} question={question} />;
}

function ItemQuestion({ question }: { question: SurveyQuestion }) {
  const { answers, setAnswers } = useSurvey();
  const current = answers.scores[question.item];
  const [value, setValue] = useState<`${0 | 1 | 2}` | ''>(current === undefined ? '' : `${current}`);
  const { errors, attempt, setErrors } = useFormErrors();
  const changing = useSearchParams()[0].has('change');
  const navigate = useNavigate();
  return (
    <RadiosQuestion<`${0 | 1 | 2}`>
      title={question.question}
      caption={questionCaption(question.slug)}
      backTo={changing ? surveyPaths.check : previousPath(question.slug)}
      name="answer"
      errors={errors}
      attempt={attempt}
      value={value}
      onChange={setValue}
      items={(['2', '1', '0'] as const).map((score) => ({ value: score, label: question.statements[Number(score) as 0 | 1 | 2] }))}
      onSubmit={() => {
        if (!isSurveyScore(value)) return setErrors(validationToFormErrors({ answer: 'Select the statement that is closest to how things are for you' }));
        const next = { ...answers, scores: { ...answers.scores, [question.item]: Number(value) as 0 | 1 | 2 } };
        setAnswers(next);
        void navigate(nextPath(question.slug, next, changing));
      }}
    />
  );
}

function SatisfactionQuestion() {
  const { answers, setAnswers } = useSurvey();
  const [value, setValue] = useState<SurveySatisfaction | ''>(answers.satisfaction);
  const { errors, attempt, setErrors } = useFormErrors();
  const changing = useSearchParams()[0].has('change');
  const navigate = useNavigate();
  const points = (Object.keys(satisfactionLabels) as SurveySatisfaction[]).filter((answer) => answer !== 'notReceivedSupport');
  return (
    <RadiosQuestion<SurveySatisfaction>
      title={satisfactionQuestion}
      caption={questionCaption(satisfactionSlug)}
      backTo={changing ? surveyPaths.check : previousPath(satisfactionSlug)}
      name="satisfaction"
      errors={errors}
      attempt={attempt}
      value={value}
      onChange={setValue}
      items={[
        ...points.map((answer) => ({ value: answer, label: satisfactionLabels[answer] })),
        { divider: 'or' },
        { value: 'notReceivedSupport' as const, label: satisfactionLabels.notReceivedSupport },
      ]}
      onSubmit={() => {
        if (!isSurveySatisfaction(value)) return setErrors(validationToFormErrors({ satisfaction: 'Select how satisfied you are with the support you have received' }));
        const next = { ...answers, satisfaction: value };
        setAnswers(next);
        void navigate(nextPath(satisfactionSlug, next, changing));
      }}
    />
  );
}

export function SurveyCheckAnswersPage() {
  const { answers } = useSurvey();
  const { errors, attempt, setErrors } = useFormErrors();
  const answer = useAnswerSurvey();
  const navigate = useNavigate();
  const heading = 'Check your answers before sending them';
  usePageTitle(heading, hasErrors(errors));
  const request = toAnswerSurveyRequest(answers);
  const missing = firstUnansweredPath(answers);
  if (!request && missing) return <Navigate to={missing} replace />;
  const change = (slug: string, what: string) => [{ to: `${surveyPaths.question(slug)}?change=1`, text: 'Change', visuallyHiddenText: what }];
  return (
    <>
      <BackLink to={surveyPaths.question(satisfactionSlug)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList
            rows={[
              ...surveyQuestions.map((question) => {
                const score = answers.scores[question.item];
                return {
                  key: question.shortName,
                  value: score === undefined ? '' : question.statements[score],
                  actions: change(question.slug, question.shortName.toLowerCase()),
                };
              }),
              {
                key: 'Support you have received',
                value: answers.satisfaction ? satisfactionLabels[answers.satisfaction] : '',
                actions: change(satisfactionSlug, 'how satisfied you are with support'),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Now send your answers</h2>
          <p className="govuk-body">Once you send them, your answers are kept apart from your name. You cannot see or change them afterwards.</p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!request) return;
              answer.mutate(request, {
                onSuccess: () => void navigate(surveyPaths.done),
                onError: (error) => setErrors(problemToFormErrors(error, {})),
              });
            }}
          >
            <Button preventDoubleClick disabled={answer.isPending}>
              Send your answers
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

export function SurveyConfirmationPage() {
  const { setAnswers } = useSurvey();
  const refresh = useRefreshMySurvey();
  usePageTitle('Answers sent');
  // Sent: forget the answers here too, and stop offering the survey.
  useEffect(() => {
    setAnswers(emptySurveyAnswers);
    refresh();
  }, [setAnswers, refresh]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title="Answers sent">Thank you for taking part</ConfirmationPanel>
        <p className="govuk-body">We put your answers together with other carers’ answers to see what is working and what we need to change.</p>
        <p className="govuk-body">We will ask you again next year.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/your-details">
            Go back to your details
          </Link>
        </p>
      </div>
    </div>
  );
}
