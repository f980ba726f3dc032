import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAssessmentWords } from '@/components/assessment/assessment-words';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { currentLocale } from '@/i18n/i18n';
import { isApiError } from '@/lib/api/api-error';
import type { Assessment, OutcomeAbility, Versioned } from '@/lib/api/types';
import { outcomeOf, withAnswer, type Question, type Section } from '@/lib/assessment-questions';
import { problemToFormErrors, validationToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { useSaveSelfAssessment } from '../api/save-self-assessment';
import { answerMaxLength, assessmentPaths } from '../paths';

type YesNo = 'yes' | 'no';

type Props = {
  assessment: Versioned<Assessment>;
  section: Section;
  question: Question;
  index: number;
  /** Reached from check answers: go back there after saving. */
  fromCheck: boolean;
  conflict: boolean;
  onConflict: () => void;
};

function initialText(assessment: Assessment, question: Question): string {
  return question.kind === 'text' ? (assessment.answers[question.field] ?? '') : '';
}

function initialYesNo(assessment: Assessment, question: Question): YesNo | '' {
  if (question.kind !== 'yesNo') return '';
  const value = assessment.answers[question.field];
  return value === true ? 'yes' : value === false ? 'no' : '';
}

/** One question of the self-assessment: saved to the API (If-Match) on Continue. */
export function AssessmentQuestionPage({ assessment, section, question, index, fromCheck, conflict, onConflict }: Props) {
  const [text, setText] = useState(() => initialText(assessment.data, question));
  const [yesNo, setYesNo] = useState<YesNo | ''>(() => initialYesNo(assessment.data, question));
  const finding = question.kind === 'outcome' ? outcomeOf(assessment.data.answers, question.outcome) : undefined;
  const [ability, setAbility] = useState<OutcomeAbility | ''>(finding?.ability ?? '');
  const [reason, setReason] = useState(finding?.reason ?? '');
  const { errors, attempt, setErrors } = useFormErrors();
  const save = useSaveSelfAssessment();
  const navigate = useNavigate();
  const { t, questionTitle, questionHint, sectionTitle } = useAssessmentWords();
  const title = questionTitle(question);
  const hint = questionHint(question);

  const previous = section.questions[index - 1];
  const next = section.questions[index + 1];
  const id = assessment.data.id;
  const backTo = fromCheck ? assessmentPaths.checkAnswers(id) : previous ? assessmentPaths.question(id, previous.id) : assessmentPaths.home;

  function check(): FormErrors {
    if (question.kind === 'text') {
      return validationToFormErrors({
        answer: text.trim() === '' ? t('question.missingText') : text.length > answerMaxLength ? t('question.tooLong', { max: answerMaxLength.toLocaleString(currentLocale()) }) : undefined,
      });
    }
    if (question.kind === 'yesNo') return validationToFormErrors({ answer: yesNo ? undefined : t('question.missingYesNo') });
    return validationToFormErrors(
      {
        answer: ability ? undefined : t('question.missingAbility'),
        reason: ability === 'unable' && reason.trim() === '' ? t('question.missingReason') : reason.length > 1000 ? t('question.reasonTooLong') : undefined,
      },
      { answer: '#answer' },
    );
  }

  function submit() {
    const result = check();
    if (result.summary.length > 0) {
      setErrors(result);
      return;
    }
    const value = question.kind === 'text' ? text : question.kind === 'yesNo' ? yesNo === 'yes' : { ability: ability || undefined, reason };
    const answers = withAnswer(assessment.data.answers, question, value);
    save.mutate(
      { assessmentId: id, answers, etag: assessment.etag },
      {
        onSuccess: () => void navigate(fromCheck ? assessmentPaths.checkAnswers(id) : next ? assessmentPaths.question(id, next.id) : assessmentPaths.home),
        onError: (error) => {
          if (isApiError(error) && error.status === 412) onConflict();
          else setErrors(problemToFormErrors(error, { answers: '#answer' }));
        },
      },
    );
  }

  const shown: FormErrors = conflict && errors.summary.length === 0 ? { fields: {}, summary: [{ text: t('question.stale') }] } : errors;

  return (
    <QuestionForm
      title={title}
      backTo={backTo}
      errors={shown}
      attempt={attempt + (conflict ? 1000 : 0)}
      onSubmit={submit}
      caption={sectionTitle(section)}
      submitText={t(fromCheck ? 'question.saveAndReturn' : 'question.saveAndContinue')}
    >
      {question.kind === 'text' ? (
        <Textarea id="answer" label={title} isPageHeading hint={hint} error={errors.fields.answer} value={text} onChange={setText} rows={8} spellCheck />
      ) : question.kind === 'yesNo' ? (
        <Radios<YesNo>
          name="answer"
          legend={title}
          isPageHeading
          hint={hint}
          error={errors.fields.answer}
          value={yesNo}
          onChange={setYesNo}
          inline
          items={[
            { value: 'yes', label: t('question.yes') },
            { value: 'no', label: t('question.no') },
          ]}
        />
      ) : (
        <Radios<OutcomeAbility>
          name="answer"
          legend={title}
          isPageHeading
          hint={hint}
          error={errors.fields.answer}
          value={ability}
          onChange={setAbility}
          items={[
            { value: 'able', label: t('question.able') },
            {
              value: 'unable',
              label: t('question.unable'),
              conditional: <Textarea id="reason" label={t('question.why')} error={errors.fields.reason} value={reason} onChange={setReason} rows={4} spellCheck />,
            },
          ]}
        />
      )}
    </QuestionForm>
  );
}
