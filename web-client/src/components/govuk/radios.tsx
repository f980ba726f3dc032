import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint, Legend, type LabelSize } from './parts';

export type RadioItem<TValue extends string> = {
  value: TValue;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the item while it is chosen (GOV.UK "conditionally revealing a related question"). */
  conditional?: ReactNode;
};

export type RadioDivider = { divider: string };

type RadiosProps<TValue extends string> = {
  /** Also the id of the first radio, so an error summary link `#name` lands on it. */
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  items: (RadioItem<TValue> | RadioDivider)[];
  value: TValue | '' | undefined;
  onChange: (value: TValue) => void;
  inline?: boolean;
  small?: boolean;
};

function isDivider<TValue extends string>(item: RadioItem<TValue> | RadioDivider): item is RadioDivider {
  return 'divider' in item;
}

/**
 * The items with each radio's id: the first is the name itself (so an error summary's `#name`
 * lands on it), then `name-2`, `name-3`... counting radios only, not dividers.
 */
function withIds<TValue extends string>(
  name: string,
  items: (RadioItem<TValue> | RadioDivider)[],
): (RadioDivider | { item: RadioItem<TValue>; id: string })[] {
  let index = 0;
  return items.map((item) => {
    if (isDivider(item)) return item;
    index += 1;
    return { item, id: index === 1 ? name : `${name}-${index}` };
  });
}

export function Radios<TValue extends string>({
  name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  value,
  onChange,
  inline,
  small,
}: RadiosProps<TValue>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const classes = ['govuk-radios', inline ? 'govuk-radios--inline' : '', small ? 'govuk-radios--small' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <Legend isPageHeading={isPageHeading} {...(legendSize ? { size: legendSize } : {})}>
          {legend}
        </Legend>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={classes} data-module="govuk-radios">
          {withIds(name, items).map((entry) => {
            if ('divider' in entry) {
              return (
                <div className="govuk-radios__divider" key={`divider-${entry.divider}`}>
                  {entry.divider}
                </div>
              );
            }
            const { item, id } = entry;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            const conditionalId = item.conditional ? `conditional-${id}` : undefined;
            const checked = value === item.value;
            return (
              <RadioItemView
                key={item.value}
                id={id}
                name={name}
                item={item}
                checked={checked}
                itemHintId={itemHintId}
                conditionalId={conditionalId}
                onChange={onChange}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function RadioItemView<TValue extends string>({
  id,
  name,
  item,
  checked,
  itemHintId,
  conditionalId,
  onChange,
}: {
  id: string;
  name: string;
  item: RadioItem<TValue>;
  checked: boolean;
  itemHintId: string | undefined;
  conditionalId: string | undefined;
  onChange: (value: TValue) => void;
}) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={item.value}
          checked={checked}
          onChange={() => onChange(item.value)}
          aria-describedby={itemHintId}
          // govuk-frontend's Radios script also sets aria-expanded here, but ARIA does not allow it
          // on a radio (axe: aria-allowed-attr); the revealed question follows the radio in
          // reading order, which is what conveys it.
          aria-controls={conditionalId}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {item.label}
        </label>
        {item.hint && itemHintId ? (
          <Hint id={itemHintId} className="govuk-radios__hint">
            {item.hint}
          </Hint>
        ) : null}
      </div>
      {conditionalId ? (
        <div
          className={`govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}`}
          id={conditionalId}
        >
          {checked ? item.conditional : null}
        </div>
      ) : null}
    </>
  );
}
