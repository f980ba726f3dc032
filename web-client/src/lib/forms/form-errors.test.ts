import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { normaliseFieldKey, problemToFormErrors, serviceProblemMessage, validationToFormErrors } from './form-errors';

describe('normaliseFieldKey', () => {
  it.each([
    ['dateOfBirth', 'dateOfBirth'],
    ['$.dateOfBirth', 'dateOfBirth'],
    ['DateOfBirth', 'dateOfBirth'],
    ['reasonableAdjustments[1]', 'reasonableAdjustments'],
    ['Address.Postcode', 'address.postcode'],
  ])('%s names %s', (key, expected) => {
    expect(normaliseFieldKey(key)).toBe(expected);
  });
});

describe('problemToFormErrors', () => {
  const form = { givenName: '#givenName', familyName: '#familyName', dateOfBirth: '#dateOfBirth-day' };

  it('puts each field error beside its field and in the summary, in the form order', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: { dateOfBirth: ['Date of birth must be in the past'], givenName: ['Enter your first name', 'too long'] },
    });
    expect(problemToFormErrors(error, form)).toEqual({
      fields: { givenName: 'Enter your first name', dateOfBirth: 'Date of birth must be in the past' },
      summary: [
        { text: 'Enter your first name', href: '#givenName' },
        { text: 'Date of birth must be in the past', href: '#dateOfBirth-day' },
      ],
    });
  });

  it('keeps errors for fields this form does not show, without a link', () => {
    const error = new ApiError(422, { errors: { '$.postcode': ['Enter a postcode in Luton'] } });
    expect(problemToFormErrors(error, form)).toEqual({ fields: {}, summary: [{ text: 'Enter a postcode in Luton' }] });
  });

  it('shows the detail of a problem that names no field', () => {
    const error = new ApiError(409, { title: 'Conflict', detail: 'You are already registered.' });
    expect(problemToFormErrors(error, form).summary).toEqual([{ text: 'You are already registered.' }]);
  });

  it('never shows a server error’s own words', () => {
    const error = new ApiError(500, { title: 'NullReferenceException at ...' });
    expect(problemToFormErrors(error, form).summary).toEqual([{ text: serviceProblemMessage }]);
  });

  it('treats anything that is not an ApiError (a network failure) as a service problem', () => {
    expect(problemToFormErrors(new TypeError('Failed to fetch'), form).summary).toEqual([{ text: serviceProblemMessage }]);
  });
});

describe('validationToFormErrors', () => {
  it('skips fields without a message and links to a given id', () => {
    expect(validationToFormErrors({ a: undefined, b: 'Enter b', c: 'Enter c' }, { c: '#c-day' })).toEqual({
      fields: { b: 'Enter b', c: 'Enter c' },
      summary: [
        { text: 'Enter b', href: '#b' },
        { text: 'Enter c', href: '#c-day' },
      ],
    });
  });
});
