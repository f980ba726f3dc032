import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { WarningText } from '@/components/govuk/misc';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { SurveyYear } from '@/lib/api/types';
import { hasErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import { surveyYearInWords } from '@/lib/survey-questions';
import { formatDate } from '@/lib/validation/date';
import { useCloseSurveyYear } from '../api/close-survey-year';
import { closedMessage, isConflict, isStale, staleMessage } from '../forms';
import { surveyWorkPaths } from '../paths';

/** A manager confirms closing an open survey year early (If-Match with the list's eTag). */
export function CloseSurveyYearForm({ year, onClosed, onStale }: { year: SurveyYear; onClosed: (year: SurveyYear) => void; onStale: () => void }) {
  const { errors, attempt, setErrors } = useFormErrors();
  const close = useCloseSurveyYear();
  const title = `Close the carers’ survey for ${surveyYearInWords(year.financialYear)}`;
  usePageTitle(title, hasErrors(errors));
  return (
    <>
      <BackLink to={surveyWorkPaths.years} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">It is open until {formatDate(year.closesOn)}. Closing it now stops carers answering straight away.</p>
          <WarningText>A closed survey year cannot be opened again.</WarningText>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              close.mutate(
                { financialYear: year.financialYear, etag: year.eTag },
                {
                  onSuccess: onClosed,
                  onError: (error) => {
                    if (isStale(error)) onStale();
                    setErrors(
                      isStale(error)
                        ? { fields: {}, summary: [{ text: staleMessage }] }
                        : isConflict(error)
                          ? { fields: {}, summary: [{ text: closedMessage }] }
                          : problemToFormErrors(error, {}),
                    );
                  },
                },
              );
            }}
          >
            <Button variant="warning" preventDoubleClick disabled={close.isPending}>
              Close the survey
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
