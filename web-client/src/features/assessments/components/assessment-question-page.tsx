import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QuestionForm } from '@/components/form/question-form';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { useFormErrors } from '@/hooks/use-form-errors';
import { isApiError } from '@/lib/api/api-error';
import type { Assessment, OutcomeAbility, Versioned } from '@/lib/api/types';
import { outcomeOf, withAnswer, type Question, type Section } from '@/lib/assessment-questions';
import { problemToFormErrors, validationToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { useSaveSelfAssessment } from '../api/save-self-assessment';
import { answerMaxLength, assessmentPaths } from '../paths';

export const staleAnswersMessage =
  'Your answers were saved somewhere else (in another window or on another device) after you opened this page. We have loaded the latest answers. Check this answer, then continue.';

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

  const previous = section.questions[index - 1];
  const next = section.questions[index + 1];
  const id = assessment.data.id;
  const backTo = fromCheck ? assessmentPaths.checkAnswers(id) : previous ? assessmentPaths.question(id, previous.id) : assessmentPaths.home;

  function check(): FormErrors {
    if (question.kind === 'text') {
      return validationToFormErrors({
        answer: text.trim() === '' ? 'Enter your answer' : text.length > answerMaxLength ? `Your answer must be ${answerMaxLength.toLocaleString('en-GB')} characters or fewer` : undefined,
      });
    }
    if (question.kind === 'yesNo') return validationToFormErrors({ answer: yesNo ? undefined : 'Select yes or no' });
    return validationToFormErrors(
      {
        answer: ability ? undefined : 'Select whether you are able to do this',
        reason: ability === 'unable' && reason.trim() === '' ? 'Tell us why you are not able to do this' : reason.length > 1000 ? 'Your reason must be 1,000 characters or fewer' : undefined,
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

  const shown: FormErrors = conflict && errors.summary.length === 0 ? { fields: {}, summary: [{ text: staleAnswersMessage }] } : errors;

  return (
    <QuestionForm title={question.title} backTo={backTo} errors={shown} attempt={attempt + (conflict ? 1000 : 0)} onSubmit={submit} caption={section.title} submitText={fromCheck ? 'Save and return' : 'Save and continue'}>
      {question.kind === 'text' ? (
        <Textarea id="answer" label={question.title} isPageHeading hint={question.hint} error={errors.fields.answer} value={text} onChange={setText} rows={8} spellCheck />
      ) : question.kind === 'yesNo' ? (
        <Radios<YesNo>
          name="answer"
          legend={question.title}
          isPageHeading
          hint={question.hint}
          error={errors.fields.answer}
          value={yesNo}
          onChange={setYesNo}
          inline
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      ) : (
        <Radios<OutcomeAbility>
          name="answer"
          legend={question.title}
          isPageHeading
          hint={question.hint}
          error={errors.fields.answer}
          value={ability}
          onChange={setAbility}
          items={[
            { value: 'able', label: 'Yes, I am able to do this' },
            {
              value: 'unable',
              label: 'No, I am not able to do this',
              conditional: <Textarea id="reason" label="Tell us why" error={errors.fields.reason} value={reason} onChange={setReason} rows={4} spellCheck />,
            },
          ]}
        />
      )}
    </QuestionForm>
  );
}
