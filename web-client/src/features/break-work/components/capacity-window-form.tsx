import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/govuk/button';
import { DateInput, dateInputErrorHref } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { Select } from '@/components/govuk/select';
import { useFormErrors } from '@/hooks/use-form-errors';
import { hasErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { isoToDateParts, parseDateParts, type DatePart } from '@/lib/validation/date';
import { capacityLengths } from '../forms';
import { breakWorkPaths } from '../paths';

/** The date-window control: the first day and how many days, in the address so the page can be bookmarked. */
export function CapacityWindowForm({ from, days }: { from: string; days: number }) {
  const [first, setFirst] = useState(() => isoToDateParts(from));
  const [length, setLength] = useState(String(days));
  const [parts, setParts] = useState<DatePart[]>([]);
  const { errors, attempt, setErrors } = useFormErrors();
  const navigate = useNavigate();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseDateParts(first, { name: 'The first day', missing: 'Enter the first day to show' });
    if (!date.ok || !date.value) {
      setParts(date.ok ? [] : date.parts);
      setErrors(validationToFormErrors({ from: date.ok ? 'Enter the first day to show' : date.message }, { from: dateInputErrorHref('from', date.ok ? [] : date.parts) }));
      return;
    }
    void navigate(`${breakWorkPaths.providers}?from=${date.value}&days=${length}`);
  }

  return (
    <form noValidate onSubmit={submit} className="govuk-!-margin-top-4">
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      <DateInput id="from" legend="Show places from" legendSize="s" hint="For example, 27 3 2027" value={first} onChange={setFirst} error={errors.fields.from} errorParts={parts} />
      <Select id="days" label="For" labelSize="s" value={length} onChange={setLength} items={capacityLengths.map((value) => ({ value: String(value), label: `${value} days` }))} />
      <Button variant="secondary">Show places</Button>
    </form>
  );
}
