import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint, Label, type LabelSize } from './parts';

export type InputWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third' | 'one-quarter';

type TextInputProps = {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  width?: InputWidth;
  type?: 'text' | 'email' | 'tel' | 'number' | 'search';
  prefix?: string;
  suffix?: string;
  extraLetterSpacing?: boolean;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'inputMode' | 'spellCheck' | 'autoCapitalize' | 'pattern'
>;

function widthClass(width: InputWidth | undefined): string {
  if (!width) return '';
  return /^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

export function TextInput({
  id,
  name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  value,
  onChange,
  width,
  type = 'text',
  prefix,
  suffix,
  extraLetterSpacing,
  ...inputAttributes
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const classes = [
    'govuk-input',
    widthClass(width),
    extraLetterSpacing ? 'govuk-input--extra-letter-spacing' : '',
    error ? 'govuk-input--error' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const input = (
    <input
      className={classes}
      id={id}
      name={name ?? id}
      type={type}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy(hintId, errorId)}
      {...inputAttributes}
    />
  );

  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} isPageHeading={isPageHeading} {...(labelSize ? { size: labelSize } : {})}>
        {label}
      </Label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix ? (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          ) : null}
          {input}
          {suffix ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
