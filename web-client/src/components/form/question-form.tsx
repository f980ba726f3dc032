import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { usePageTitle } from '@/hooks/use-page-title';
import { hasErrors, type FormErrors } from '@/lib/forms/form-errors';

export type QuestionFormProps = {
  /** The question, used for the page title; the page's h1 is the question's label or legend. */
  title: string;
  /** Where the back link goes; none on a page reached from a list. */
  backTo?: string;
  errors: FormErrors;
  /** Changes on every failed submission so the error summary is focused again. */
  attempt: number;
  onSubmit: () => void;
  caption?: string;
  submitText?: string;
  /** The question's fields (one of which holds the page's h1). */
  children: ReactNode;
  secondaryAction?: ReactNode;
  /** The full width of the page, for a question answered in a table (a calendar). */
  wide?: boolean;
};

/** A GOV.UK question page: back link, error summary, the question, and Continue. */
export function QuestionForm({ title, backTo, errors, attempt, onSubmit, caption, submitText, children, secondaryAction, wide }: QuestionFormProps) {
  const { t } = useTranslation('common');
  usePageTitle(title, hasErrors(errors));
  const submitLabel = submitText ?? t('components.continue');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <>
      {backTo ? <BackLink to={backTo} /> : null}
      <div className="govuk-grid-row">
        <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
          {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
          {caption ? <span className="govuk-caption-l">{caption}</span> : null}
          <form onSubmit={handleSubmit} noValidate>
            {children}
            {secondaryAction ? (
              <div className="govuk-button-group">
                <Button preventDoubleClick>{submitLabel}</Button>
                {secondaryAction}
              </div>
            ) : (
              <Button preventDoubleClick>{submitLabel}</Button>
            )}
          </form>
        </div>
      </div>
    </>
  );
}
