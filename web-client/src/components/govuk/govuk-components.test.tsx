import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DateParts } from '@/lib/validation/date';
import { DateInput, dateInputErrorHref } from './date-input';
import { ErrorSummary } from './error-summary';
import { Radios } from './radios';
import { Checkboxes } from './checkboxes';

describe('ErrorSummary', () => {
  it('lists the errors as links to their fields and takes focus', () => {
    render(
      <MemoryRouter>
        <ErrorSummary errors={[{ text: 'Enter your first name', href: '#givenName' }, { text: 'Something else went wrong' }]} />
      </MemoryRouter>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Enter your first name' })).toHaveAttribute('href', '#givenName');
    expect(within(alert).getByText('Something else went wrong').tagName).toBe('LI');
    expect(document.activeElement).toHaveClass('govuk-error-summary');
  });

  it('links to another page with the router', () => {
    render(
      <MemoryRouter>
        <ErrorSummary errors={[{ text: 'Enter a real postcode', href: '/register/address?change=true' }]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Enter a real postcode' })).toHaveAttribute('href', '/register/address?change=true');
  });
});

function DateInputHarness({ error, parts }: { error?: string; parts?: ('day' | 'month' | 'year')[] }) {
  const [value, setValue] = useState<DateParts>({ day: '', month: '', year: '' });
  return <DateInput id="dateOfBirth" legend="What is your date of birth?" isPageHeading hint="For example, 27 3 2007" value={value} onChange={setValue} error={error} errorParts={parts} />;
}

describe('DateInput', () => {
  it('is a labelled group of three boxes described by its hint and error', () => {
    render(<DateInputHarness error="Date of birth must include a month" parts={['month']} />);
    const group = screen.getByRole('group', { name: 'What is your date of birth?' });
    expect(group).toHaveAttribute('aria-describedby', 'dateOfBirth-hint dateOfBirth-error');
    expect(screen.getByRole('heading', { level: 1, name: 'What is your date of birth?' })).toBeInTheDocument();
    expect(screen.getByLabelText('Day')).not.toHaveClass('govuk-input--error');
    expect(screen.getByLabelText('Month')).toHaveClass('govuk-input--error');
    expect(screen.getByLabelText('Year')).toHaveClass('govuk-input--width-4');
    expect(screen.getByText('Date of birth must include a month')).toHaveClass('govuk-error-message');
  });

  it('keeps what is typed', async () => {
    render(<DateInputHarness />);
    await userEvent.type(screen.getByLabelText('Year'), '1980');
    expect(screen.getByLabelText('Year')).toHaveValue('1980');
    expect(screen.getByLabelText('Year')).toHaveAttribute('inputmode', 'numeric');
  });

  it('sends the error summary to the first box in error', () => {
    expect(dateInputErrorHref('dateOfBirth', ['month', 'year'])).toBe('#dateOfBirth-month');
    expect(dateInputErrorHref('dateOfBirth', [])).toBe('#dateOfBirth-day');
  });
});

function RadiosHarness() {
  const [value, setValue] = useState<'email' | 'post' | ''>('');
  return (
    <Radios<'email' | 'post'>
      name="channel"
      legend="How should we contact you?"
      value={value}
      onChange={setValue}
      items={[
        { value: 'email', label: 'Email', conditional: <label htmlFor="email">Email address<input id="email" /></label> },
        { value: 'post', label: 'Post' },
      ]}
    />
  );
}

describe('Radios', () => {
  it('gives the first radio the field name as id, for error summary links', () => {
    render(<RadiosHarness />);
    expect(screen.getByLabelText('Email', { exact: true })).toHaveAttribute('id', 'channel');
    expect(screen.getByLabelText('Post')).toHaveAttribute('id', 'channel-2');
  });

  it('reveals a conditional question only while its radio is chosen', async () => {
    render(<RadiosHarness />);
    expect(screen.queryByLabelText('Email address')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Email', { exact: true }));
    expect(screen.getByLabelText('Email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Email', { exact: true })).toHaveAttribute('aria-controls', 'conditional-channel');
    await userEvent.click(screen.getByLabelText('Post'));
    expect(screen.queryByLabelText('Email address')).not.toBeInTheDocument();
  });
});

function CheckboxesHarness() {
  const [values, setValues] = useState<('a' | 'b')[]>([]);
  const [none, setNone] = useState(false);
  return (
    <Checkboxes<'a' | 'b'>
      name="help"
      legend="What help do you need?"
      items={[
        { value: 'a', label: 'Large print' },
        { value: 'b', label: 'Easy read' },
      ]}
      values={values}
      onChange={setValues}
      exclusive={{ label: 'None of these', checked: none, onChange: setNone }}
    />
  );
}

describe('Checkboxes', () => {
  it('clears the others when "None of these" is chosen, and the reverse', async () => {
    render(<CheckboxesHarness />);
    await userEvent.click(screen.getByLabelText('Large print'));
    await userEvent.click(screen.getByLabelText('None of these'));
    expect(screen.getByLabelText('Large print')).not.toBeChecked();
    expect(screen.getByLabelText('None of these')).toBeChecked();
    await userEvent.click(screen.getByLabelText('Easy read'));
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    expect(screen.getByLabelText('Easy read')).toBeChecked();
  });
});
