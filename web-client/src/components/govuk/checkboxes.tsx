import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint, Legend, type LabelSize } from './parts';

export type CheckboxItem<TValue extends string> = {
  value: TValue;
  label: ReactNode;
  hint?: ReactNode;
};

type CheckboxesProps<TValue extends string> = {
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  items: CheckboxItem<TValue>[];
  values: TValue[];
  onChange: (values: TValue[]) => void;
  /** A "None of these" answer after an "or" divider; choosing it clears the others, as GOV.UK's script does. */
  exclusive?: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void };
  small?: boolean;
};

export function Checkboxes<TValue extends string>({
  name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  values,
  onChange,
  exclusive,
  small,
}: CheckboxesProps<TValue>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const exclusiveId = `${name}-${items.length + 2}`;

  function toggle(value: TValue, checked: boolean) {
    const next = checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
    onChange(items.map((item) => item.value).filter((v) => next.includes(v)));
    if (checked && exclusive?.checked) exclusive.onChange(false);
  }

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <Legend isPageHeading={isPageHeading} {...(legendSize ? { size: legendSize } : {})}>
          {legend}
        </Legend>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {item.label}
                </label>
                {item.hint && itemHintId ? (
                  <Hint id={itemHintId} className="govuk-checkboxes__hint">
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
            );
          })}
          {exclusive ? (
            <>
              <div className="govuk-checkboxes__divider">or</div>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={exclusiveId}
                  name={name}
                  type="checkbox"
                  value="none"
                  data-behaviour="exclusive"
                  checked={exclusive.checked}
                  onChange={(event) => {
                    exclusive.onChange(event.target.checked);
                    if (event.target.checked) onChange([]);
                  }}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={exclusiveId}>
                  {exclusive.label}
                </label>
              </div>
            </>
          ) : null}
        </div>
      </fieldset>
    </div>
  );
}
