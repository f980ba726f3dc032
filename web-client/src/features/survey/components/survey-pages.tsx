import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { satisfactionLabels, surveyQuestions, type SurveyQuestion } from '@/lib/survey-questions';
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

export function SurveyStartPage() {
  const { survey } = useSurvey();
  const { t } = useTranslation('survey');
  const startTitle = t('start.title');
  usePageTitle(startTitle);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{startTitle}</h1>
        {!survey.open ? (
          <p className="govuk-body">{t('start.none')}</p>
        ) : survey.answered ? (
          <p className="govuk-body">{t('start.answered')}</p>
        ) : (
          <>
            <p className="govuk-body">{t('start.what')}</p>
            <p className="govuk-body">{t('start.time')}</p>
            <InsetText>{t('start.private')}</InsetText>
            {survey.closesOn ? (
              <p className="govuk-body">
                {t('start.openUntil', { from: survey.financialYear ?? 0, to: (survey.financialYear ?? 0) + 1, date: formatDate(survey.closesOn) })}
              </p>
            ) : null}
            <StartButton to={surveyPaths.question(surveySlugs[0] ?? satisfactionSlug)}>{t('start.startNow')}</StartButton>
          </>
        )}
      </div>
    </div>
  );
}

function useQuestionCaption(slug: string): string {
  const { t } = useTranslation('survey');
  return t('question.caption', { number: surveySlugs.indexOf(slug) + 1, total: surveyQuestionCount });
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
  const { t } = useTranslation('survey');
  const caption = useQuestionCaption(question.slug);
  return (
    <RadiosQuestion<`${0 | 1 | 2}`>
      title={t(`questions.${question.item}.question`)}
      caption={caption}
      backTo={changing ? surveyPaths.check : previousPath(question.slug)}
      name="answer"
      errors={errors}
      attempt={attempt}
      value={value}
      onChange={setValue}
      items={(['2', '1', '0'] as const).map((score) => ({ value: score, label: t(`questions.${question.item}.statements.${score}`) }))}
      onSubmit={() => {
        if (!isSurveyScore(value)) return setErrors(validationToFormErrors({ answer: t('question.missing') }));
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
  const { t } = useTranslation('survey');
  const caption = useQuestionCaption(satisfactionSlug);
  return (
    <RadiosQuestion<SurveySatisfaction>
      title={t('satisfaction.question')}
      caption={caption}
      backTo={changing ? surveyPaths.check : previousPath(satisfactionSlug)}
      name="satisfaction"
      errors={errors}
      attempt={attempt}
      value={value}
      onChange={setValue}
      items={[
        ...points.map((answer) => ({ value: answer, label: t(`satisfaction.answers.${answer}`) })),
        { divider: t('satisfaction.or') },
        { value: 'notReceivedSupport' as const, label: t('satisfaction.answers.notReceivedSupport') },
      ]}
      onSubmit={() => {
        if (!isSurveySatisfaction(value)) return setErrors(validationToFormErrors({ satisfaction: t('satisfaction.missing') }));
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
  const { t } = useTranslation('survey');
  const heading = t('check.title');
  usePageTitle(heading, hasErrors(errors));
  const request = toAnswerSurveyRequest(answers);
  const missing = firstUnansweredPath(answers);
  if (!request && missing) return <Navigate to={missing} replace />;
  const change = (slug: string, what: string) => [{ to: `${surveyPaths.question(slug)}?change=1`, text: t('check.change'), visuallyHiddenText: what }];
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
                const shortName = t(`questions.${question.item}.shortName`);
                return {
                  key: shortName,
                  value: score === undefined ? '' : t(`questions.${question.item}.statements.${score}`),
                  actions: change(question.slug, shortName.toLocaleLowerCase()),
                };
              }),
              {
                key: t('check.support'),
                value: answers.satisfaction ? t(`satisfaction.answers.${answers.satisfaction}`) : '',
                actions: change(satisfactionSlug, t('check.changeSupport')),
              },
            ]}
          />
          <h2 className="govuk-heading-m">{t('check.sendHeading')}</h2>
          <p className="govuk-body">{t('check.sendText')}</p>
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
              {t('check.send')}
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
  const { t } = useTranslation('survey');
  usePageTitle(t('done.title'));
  // Sent: forget the answers here too, and stop offering the survey.
  useEffect(() => {
    setAnswers(emptySurveyAnswers);
    refresh();
  }, [setAnswers, refresh]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={t('done.title')}>{t('done.thanks')}</ConfirmationPanel>
        <p className="govuk-body">{t('done.together')}</p>
        <p className="govuk-body">{t('done.nextYear')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/your-details">
            {t('done.back')}
          </Link>
        </p>
      </div>
    </div>
  );
}
