import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t('components.errorPrefix')}</span> {children}
    </p>
  );
}

export function Hint({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={className ? `govuk-hint ${className}` : 'govuk-hint'}>
      {children}
    </div>
  );
}

export type LabelSize = 's' | 'm' | 'l' | 'xl';

/** The label of a single field; as the page heading it sits in an `h1`, as GOV.UK does. */
export function Label({
  htmlFor,
  children,
  isPageHeading = false,
  size,
  className,
}: {
  htmlFor: string;
  children: ReactNode;
  isPageHeading?: boolean;
  size?: LabelSize;
  className?: string;
}) {
  const resolvedSize = size ?? (isPageHeading ? 'l' : undefined);
  const classes = ['govuk-label', resolvedSize ? `govuk-label--${resolvedSize}` : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  const label = (
    <label className={classes} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

export function Legend({
  children,
  isPageHeading = false,
  size,
}: {
  children: ReactNode;
  isPageHeading?: boolean;
  size?: LabelSize;
}) {
  const resolvedSize = size ?? (isPageHeading ? 'l' : undefined);
  const classes = ['govuk-fieldset__legend', resolvedSize ? `govuk-fieldset__legend--${resolvedSize}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <legend className={classes}>
      {isPageHeading ? <h1 className="govuk-fieldset__heading">{children}</h1> : children}
    </legend>
  );
}

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined.length > 0 ? joined : undefined;
}

export function formGroupClass(error: unknown, extra?: string): string {
  return ['govuk-form-group', error ? 'govuk-form-group--error' : '', extra ?? ''].filter(Boolean).join(' ');
}
