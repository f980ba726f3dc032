import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useGovukModule } from './use-govuk-module';

export type ErrorSummaryItem = {
  text: string;
  /**
   * `#id` of the field to move to, or a path to the page that asks the question (from a
   * check answers page); omitted for errors that belong to no single field.
   */
  href?: string;
};

type ErrorSummaryProps = {
  errors: ErrorSummaryItem[];
  title?: string;
};

/**
 * GOV.UK error summary. Mount it with a new `key` for each failed submission so it takes focus
 * again (govuk-frontend focuses the summary when it initialises).
 */
export function ErrorSummary({ errors, title }: ErrorSummaryProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  useGovukModule(ref, GovukErrorSummary, 'govuk-error-summary', undefined, (element) => {
    element.setAttribute('tabindex', '-1');
    element.focus();
  });

  if (errors.length === 0) return null;

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title ?? t('components.errorSummaryTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.href ?? ''}-${index}`}>
                {!error.href ? (
                  error.text
                ) : error.href.startsWith('/') ? (
                  <Link to={error.href}>{error.text}</Link>
                ) : (
                  <a href={error.href}>{error.text}</a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
