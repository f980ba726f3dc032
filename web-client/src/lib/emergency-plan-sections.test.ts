import { describe, expect, it } from 'vitest';
import {
  completedSections,
  contactFieldId,
  contactsToRequest,
  contactValuesOf,
  emptyContact,
  findPlanSection,
  planSections,
  planSectionStatus,
  reviewReminder,
  sectionErrors,
  sectionValuesOf,
  withSection,
} from './emergency-plan-sections';

const section = (id: string) => findPlanSection(id)!;

describe('emergency plan sections', () => {
  it('has the six sections of SPEC §6 in order', () => {
    expect(planSections.map((s) => s.title)).toEqual(['Care needed', 'Medication', 'Routines, keys and pets', 'Being left alone', 'GP', 'Emergency contacts']);
  });

  it('counts a section complete when its required answers are there', () => {
    expect(planSectionStatus(undefined, section('care'))).toBe('notStarted');
    expect(planSectionStatus({ careNeeded: 'Help to dress' }, section('care'))).toBe('inProgress');
    expect(planSectionStatus({ careNeeded: 'Help to dress', whenNeeded: ' ' }, section('care'))).toBe('inProgress');
    expect(planSectionStatus({ careNeeded: 'Help to dress', whenNeeded: 'Mornings' }, section('care'))).toBe('completed');
    // Pets are optional: routines and keys complete the section.
    expect(planSectionStatus({ routines: 'Bed at 9', keys: 'Neighbour' }, section('routines'))).toBe('completed');
    expect(planSectionStatus({ pets: 'A cat' }, section('routines'))).toBe('inProgress');
    expect(planSectionStatus({ contacts: [] }, section('contacts'))).toBe('notStarted');
    expect(planSectionStatus({ contacts: [{ name: 'Ada', phone: '07700 900111', consentGiven: true, holdsCopy: false }] }, section('contacts'))).toBe('completed');
    expect(completedSections({ medication: 'None', gp: 'Park Street Surgery' })).toBe(2);
  });

  it('replaces one section and keeps the rest of the plan, sending empty answers as null', () => {
    const content = { careNeeded: 'Old', medication: 'Donepezil', contacts: [{ name: 'Ada', phone: '07700 900111', consentGiven: true, holdsCopy: true }] };
    const values = sectionValuesOf(content, section('care'));
    expect(values).toEqual({ careNeeded: 'Old', whenNeeded: '' });
    expect(withSection(content, { careNeeded: '  Help to wash  ', whenNeeded: '' })).toEqual({
      careNeeded: 'Help to wash',
      whenNeeded: null,
      medication: 'Donepezil',
      contacts: content.contacts,
    });
  });

  it('asks for the required answers by name', () => {
    const errors = sectionErrors(section('care'), { careNeeded: '', whenNeeded: 'x'.repeat(1001) }, 'Bola');
    expect(errors.careNeeded).toBe('Enter the care Bola needs');
    expect(errors.whenNeeded).toBe('When it is needed must be 1,000 characters or fewer');
    expect(sectionErrors(section('routines'), { routines: 'Bed at 9', keys: 'Neighbour', pets: '' }, 'Bola')).toEqual({ routines: undefined, keys: undefined, pets: undefined });
  });

  it('checks the contacts, drops empty ones and sends consent and copy as booleans', () => {
    const none = contactsToRequest([{ ...emptyContact }]);
    expect(none.errors[contactFieldId(0, 'name')]).toBe('Enter the name of at least one emergency contact');

    const result = contactsToRequest([
      { name: 'Ada Neighbour', phone: '07700 900111', relationship: 'Neighbour', consentGiven: 'yes', holdsCopy: 'no' },
      { ...emptyContact },
      { name: 'Ben', phone: 'call me', relationship: '', consentGiven: '', holdsCopy: 'yes' },
    ]);
    expect(result.contacts).toEqual([
      { name: 'Ada Neighbour', phone: '07700 900111', relationship: 'Neighbour', consentGiven: true, holdsCopy: false },
      { name: 'Ben', phone: 'call me', relationship: null, consentGiven: false, holdsCopy: true },
    ]);
    expect(Object.entries(result.errors).filter(([, message]) => message)).toEqual([
      ['contacts-2-phone', 'Enter the phone number of contact 3, like 01632 960 001, 07700 900 982 or +44 808 157 0192'],
      ['contacts-2-consentGiven', 'Select whether contact 3 agreed to be an emergency contact'],
    ]);
  });

  it('reads saved contacts back for changing, with one empty contact to start', () => {
    expect(contactValuesOf({})).toEqual([emptyContact]);
    expect(contactValuesOf({ contacts: [{ name: 'Ada', phone: '1', consentGiven: true, holdsCopy: false }] })).toEqual([
      { name: 'Ada', phone: '1', relationship: '', consentGiven: 'yes', holdsCopy: 'no' },
    ]);
  });

  it('reminds the carer of a review due within a month or overdue', () => {
    expect(reviewReminder({ nextReviewOn: '2027-11-22', reviewOverdue: false }, '2026-11-22')).toBeNull();
    expect(reviewReminder({ nextReviewOn: '2026-12-20', reviewOverdue: false }, '2026-11-22')).toBe('dueSoon');
    expect(reviewReminder({ nextReviewOn: '2026-11-21', reviewOverdue: true }, '2026-11-22')).toBe('overdue');
  });
});
