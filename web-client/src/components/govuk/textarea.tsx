import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint, Label, type LabelSize } from './parts';

type TextareaProps = {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  spellCheck?: boolean;
};

/** GOV.UK Textarea (https://design-system.service.gov.uk/components/textarea/). */
export function Textarea({ id, name, label, labelSize, isPageHeading, hint, error, value, onChange, rows = 5, spellCheck }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} isPageHeading={isPageHeading} {...(labelSize ? { size: labelSize } : {})}>
        {label}
      </Label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        spellCheck={spellCheck}
      />
    </div>
  );
}
