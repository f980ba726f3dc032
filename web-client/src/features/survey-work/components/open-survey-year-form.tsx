import { useState } from 'react';
import { QuestionForm } from '@/components/form/question-form';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { SurveyYear } from '@/lib/api/types';
import { problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { surveyYearInWords } from '@/lib/survey-questions';
import { isoToDateParts, type DatePart, type DateParts } from '@/lib/validation/date';
import { useOpenSurveyYear } from '../api/open-survey-year';
import { endOfFinancialYear, financialYearOf, toOpenSurveyYearRequest } from '../forms';
import { surveyWorkPaths } from '../paths';

/** A manager opens this financial year's survey until a closing date (31 March unless changed). */
export function OpenSurveyYearForm({ today, onOpened }: { today: string; onOpened: (year: SurveyYear) => void }) {
  const financialYear = financialYearOf(today);
  const [closesOn, setClosesOn] = useState<DateParts>(() => isoToDateParts(endOfFinancialYear(financialYear)));
  const [errorParts, setErrorParts] = useState<DatePart[] | undefined>();
  const { errors, attempt, setErrors } = useFormErrors();
  const open = useOpenSurveyYear();
  const title = `Open the carers’ survey for ${surveyYearInWords(financialYear)}`;
  return (
    <QuestionForm
      title={title}
      backTo={surveyWorkPaths.years}
      errors={errors}
      attempt={attempt}
      submitText="Open the survey"
      onSubmit={() => {
        const result = toOpenSurveyYearRequest(closesOn, today);
        if (!result.ok) {
          setErrorParts(result.parts);
          return setErrors(validationToFormErrors({ closesOn: result.message }, { closesOn: dateInputErrorHref('closesOn', result.parts) }));
        }
        open.mutate(result.body, {
          onSuccess: onOpened,
          onError: (error) => setErrors(problemToFormErrors(error, { closesOn: '#closesOn-day', financialYear: '#closesOn-day' })),
        });
      }}
    >
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Registered carers will be asked the 7 questions of the national carers’ survey, once each, until the closing date. One survey year is
        open at a time, and a year is opened only once.
      </p>
      <DateInput
        id="closesOn"
        legend="Closing date"
        legendSize="m"
        hint={`The last day carers can answer. For example, 31 3 ${financialYear + 1}. It must be by 31 March ${financialYear + 1}.`}
        error={errors.fields.closesOn}
        errorParts={errorParts}
        value={closesOn}
        onChange={setClosesOn}
      />
    </QuestionForm>
  );
}
