import type { ReactNode } from 'react';
import { Radios, type RadioDivider, type RadioItem } from '@/components/govuk/radios';
import { QuestionForm, type QuestionFormProps } from './question-form';

type RadiosQuestionProps<TValue extends string> = Omit<QuestionFormProps, 'children'> & {
  /** The radios' name, also the key of their error in `errors.fields`. */
  name: string;
  hint?: ReactNode;
  items: (RadioItem<TValue> | RadioDivider)[];
  value: TValue | '';
  onChange: (value: TValue) => void;
};

/** A question page whose one question is a set of radios: the question is their legend and the page's h1. */
export function RadiosQuestion<TValue extends string>({ name, hint, items, value, onChange, ...form }: RadiosQuestionProps<TValue>) {
  return (
    <QuestionForm {...form}>
      <Radios<TValue> name={name} legend={form.title} isPageHeading hint={hint} error={form.errors.fields[name]} value={value} onChange={onChange} items={items} />
    </QuestionForm>
  );
}
