import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint, Label, type LabelSize } from './parts';

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

type SelectProps = {
  id: string;
  label: ReactNode;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Options, or groups of options shown under a heading (`optgroup`). */
  items: (SelectOption | SelectGroup)[];
};

function isGroup(item: SelectOption | SelectGroup): item is SelectGroup {
  return 'options' in item;
}

export function Select({ id, label, labelSize, isPageHeading, hint, error, value, onChange, items }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} isPageHeading={isPageHeading} {...(labelSize ? { size: labelSize } : {})}>
        {label}
      </Label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {items.map((item) =>
          isGroup(item) ? (
            <optgroup label={item.label} key={item.label}>
              {item.options.map((option) => (
                <option value={option.value} key={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option value={item.value} key={item.value}>
              {item.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
