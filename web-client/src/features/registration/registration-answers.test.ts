import { describe, expect, it } from 'vitest';
import { toRegisterRequest } from './register-request';
import {
  applicableSteps,
  emptyAnswers,
  firstUnansweredStep,
  loadAnswers,
  nextPath,
  previousPath,
  saveAnswers,
  type RegistrationAnswers,
} from './registration-answers';

const complete: RegistrationAnswers = {
  ...emptyAnswers,
  registeringAs: 'self',
  givenName: ' Alex ',
  familyName: 'Jones',
  dateOfBirth: { day: '14', month: 'jun', year: '1980' },
  addressLine1: '12 High Street',
  town: 'Luton',
  postcode: 'lu1 2ab',
  preferredContactChannel: 'email',
  email: 'alex@example.com',
  phone: '01582 123456',
  preferredLanguage: 'ur',
  reasonableAdjustments: ['largePrint'],
  knowsNhsNumber: 'yes',
  nhsNumber: '943 476 5919',
  ethnicGroup: 'white',
  ethnicity: 'whiteIrish',
  employmentStatus: 'retired',
  educationStatus: 'notInEducation',
};

describe('the order of the questions', () => {
  it('asks about an ethnic background only after a group is chosen', () => {
    expect(applicableSteps({ ...complete, ethnicGroup: 'preferNotToSay' })).not.toContain('ethnic-background');
    expect(applicableSteps(complete)).toContain('ethnic-background');
  });

  it('does not ask a child under 16 about work', () => {
    const child = { ...complete, dateOfBirth: { day: '1', month: '1', year: String(new Date().getFullYear() - 12) } };
    expect(applicableSteps(child)).not.toContain('employment');
    expect(applicableSteps(complete)).toContain('employment');
  });

  it('goes forward and back through the questions that apply', () => {
    expect(nextPath('who', complete)).toBe('/register/name');
    expect(nextPath('ethnic-group', { ...complete, ethnicGroup: 'preferNotToSay' })).toBe('/register/employment');
    expect(nextPath('education', complete)).toBe('/register/check-answers');
    expect(previousPath('who', complete)).toBe('/register');
    expect(previousPath('employment', complete)).toBe('/register/ethnic-background');
  });

  it('finds the first question not yet answered', () => {
    expect(firstUnansweredStep(emptyAnswers)).toBe('who');
    expect(firstUnansweredStep({ ...complete, knowsNhsNumber: 'yes', nhsNumber: '' })).toBe('nhs-number');
    expect(firstUnansweredStep(complete)).toBeUndefined();
  });
});

describe('toRegisterRequest', () => {
  it('sends tidy values in the contract’s shape', () => {
    expect(toRegisterRequest(complete)).toEqual({
      registeringAs: 'self',
      givenName: 'Alex',
      familyName: 'Jones',
      dateOfBirth: '1980-06-14',
      addressLine1: '12 High Street',
      addressLine2: undefined,
      town: 'Luton',
      postcode: 'LU1 2AB',
      preferredContactChannel: 'email',
      email: 'alex@example.com',
      phone: undefined,
      preferredLanguage: 'ur',
      reasonableAdjustments: ['largePrint'],
      nhsNumber: '9434765919',
      ethnicity: 'whiteIrish',
      employmentStatus: 'retired',
      educationStatus: 'notInEducation',
    });
  });

  it('leaves out answers to questions that no longer apply', () => {
    const body = toRegisterRequest({
      ...complete,
      preferredContactChannel: 'text',
      knowsNhsNumber: 'no',
      noAdjustments: true,
      ethnicGroup: 'preferNotToSay',
      ethnicity: 'preferNotToSay',
      preferredLanguage: 'en',
    });
    expect(body).toMatchObject({
      email: undefined,
      phone: '01582 123456',
      nhsNumber: undefined,
      reasonableAdjustments: [],
      ethnicity: 'preferNotToSay',
      preferredLanguage: 'en',
    });
  });

  it('gives nothing while a question is unanswered', () => {
    expect(toRegisterRequest({ ...complete, educationStatus: '' })).toBeUndefined();
  });
});

describe('keeping answers', () => {
  it('keeps each person’s answers apart in this tab', () => {
    saveAnswers('subject-a', complete);
    expect(loadAnswers('subject-a')).toEqual(complete);
    expect(loadAnswers('subject-b')).toEqual(emptyAnswers);
  });
});
