import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePart, DateParts } from '@/lib/validation/date';
import { describedBy, ErrorMessage, formGroupClass, Hint, Legend, type LabelSize } from './parts';

type DateInputProps = {
  /** Parts get the ids `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** The boxes to highlight; all three when the error names none. */
  errorParts?: DatePart[];
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** For a date of birth: lets browsers and password managers fill it in. */
  autoCompleteBirthday?: boolean;
};

const autocomplete: Record<DatePart, string> = { day: 'bday-day', month: 'bday-month', year: 'bday-year' };

/** The id an error summary should link to: the first box in error. */
export function dateInputErrorHref(id: string, parts: DatePart[] | undefined): string {
  const first = (['day', 'month', 'year'] as const).find((part) => !parts || parts.length === 0 || parts.includes(part));
  return `#${id}-${first ?? 'day'}`;
}

export function DateInput({
  id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  errorParts,
  value,
  onChange,
  autoCompleteBirthday,
}: DateInputProps) {
  const { t } = useTranslation('common');
  const labels: Record<DatePart, string> = { day: t('components.day'), month: t('components.month'), year: t('components.year') };
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const highlighted = (part: DatePart) => Boolean(error) && (!errorParts || errorParts.length === 0 || errorParts.includes(part));

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <Legend isPageHeading={isPageHeading} {...(legendSize ? { size: legendSize } : {})}>
          {legend}
        </Legend>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={id}>
          {(['day', 'month', 'year'] as const).map((part) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {labels[part]}
                </label>
                <input
                  className={[
                    'govuk-input',
                    'govuk-date-input__input',
                    part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2',
                    highlighted(part) ? 'govuk-input--error' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={autoCompleteBirthday ? autocomplete[part] : undefined}
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
