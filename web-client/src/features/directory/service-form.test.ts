import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import type { DirectoryService } from '@/lib/api/types';
import { emptyOpening, emptyServiceForm, normaliseTime, serviceFormToRequest, serviceProblemToFormErrors, valuesFromService, type ServiceFormValues } from './service-form';

const filled: ServiceFormValues = {
  ...emptyServiceForm,
  name: '  Carers Central  ',
  summary: 'Advice for adult carers.',
  audiences: ['adultCarers', 'parentCarers'],
  phone: '01632 960001',
  postcode: 'lu12ab',
  languages: ['en', 'ur'],
  openings: [
    { channel: 'helpline', day: 'monday', opens: '10:00', closes: '16:00' },
    { channel: 'webChat', day: 'monday', opens: '10', closes: '4pm' },
    { channel: 'helpline', day: 'tuesday', opens: '9:30', closes: '1900' },
    emptyOpening,
  ],
};

describe('times as typed', () => {
  it.each([
    ['9:30', false, '09:30'],
    ['0930', false, '09:30'],
    ['9.30', false, '09:30'],
    ['17', false, '17:00'],
    ['24:00', true, '24:00'],
    ['24:00', false, undefined],
    ['25:00', true, undefined],
    ['9:75', false, undefined],
    ['4pm', true, undefined],
  ])('%s (closing %s) is %s', (input, closing, expected) => expect(normaliseTime(input, closing)).toBe(expected));
});

describe('the service form as a request', () => {
  it('groups the rows by channel, leaves out empty rows and trims what was typed', () => {
    const result = serviceFormToRequest({ ...filled, openings: [filled.openings[0]!, filled.openings[2]!, { channel: 'webChat', day: 'friday', opens: '10:00', closes: '24:00' }, emptyOpening] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toMatchObject({
      name: 'Carers Central',
      audiences: ['adultCarers', 'parentCarers'],
      needs: [],
      phone: '01632 960001',
      website: null,
      email: null,
      postcode: 'LU1 2AB',
      languages: ['en', 'ur'],
      openingHours: [
        { channel: 'helpline', slots: [{ day: 'monday', opens: '10:00', closes: '16:00' }, { day: 'tuesday', opens: '09:30', closes: '19:00' }] },
        { channel: 'webChat', slots: [{ day: 'friday', opens: '10:00', closes: '24:00' }] },
      ],
    });
    expect(result.slotRows).toEqual([[0, 1], [2]]);
  });

  it('names each missing answer, linked to its field', () => {
    const result = serviceFormToRequest({ ...emptyServiceForm, languages: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.summary).toEqual([
      { text: 'Enter the service’s name', href: '#name' },
      { text: 'Say what the service offers', href: '#summary' },
      { text: 'Select who the service is for', href: '#audiences' },
      { text: 'Give at least one way to reach the service: a telephone number, web address, email or address', href: '#phone' },
      { text: 'Select the languages it offers help in, at least one', href: '#languages' },
    ]);
  });

  it('checks each opening row: times, closing after opening, and no overlap on a channel', () => {
    const result = serviceFormToRequest({
      ...filled,
      openings: [
        { channel: 'helpline', day: 'monday', opens: '10:00', closes: '16:00' },
        { channel: 'helpline', day: 'monday', opens: '15:00', closes: '17:00' },
        { channel: '', day: 'friday', opens: '17:00', closes: '09:00' },
        { channel: 'office', day: 'friday', opens: 'noon', closes: '' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields).toEqual({
      'openings.1.opens': 'Opening 2 overlaps opening 1: a helpline can only be open once at a time on Monday',
      'openings.2.channel': 'Select how opening 3 is reached',
      'openings.2.closes': 'Opening 3 must close after it opens',
      'openings.3.opens': 'Enter the time opening 4 opens in 24-hour time, like 09:30',
      'openings.3.closes': 'Enter the time opening 4 closes',
    });
    expect(result.errors.summary[0]).toEqual({ text: 'Opening 2 overlaps opening 1: a helpline can only be open once at a time on Monday', href: '#openings-1-opens' });
  });

  it('checks the web address and email as the API does', () => {
    const result = serviceFormToRequest({ ...filled, website: 'carers-central', email: 'help@', openings: [emptyOpening] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields.website).toBe('Enter a web address starting http:// or https://, like https://www.example.org');
    expect(result.errors.fields.email).toBe('Enter an email address in the correct format, like help@example.org');
  });

  it('starts the change form from the service as read, a row per opening', () => {
    const service: DirectoryService = {
      id: 'b6f1c8a2-0000-4000-8000-000000000001',
      name: 'Mind BLMK',
      summary: 'Mental health support.',
      audiences: ['adultCarers'],
      needs: ['mentalHealth'],
      phone: '01632 960007',
      website: null,
      languages: ['en', 'pl'],
      openNow: false,
      openingHours: [{ channel: 'webChat', openNow: false, slots: [{ day: 'monday', opens: '17:00', closes: '22:00' }] }],
    };
    const values = valuesFromService(service);
    expect(values.openings).toEqual([{ channel: 'webChat', day: 'monday', opens: '17:00', closes: '22:00' }]);
    expect(values.website).toBe('');
    expect(serviceFormToRequest(values)).toMatchObject({ ok: true, body: { name: 'Mind BLMK', needs: ['mentalHealth'], openingHours: service.openingHours.map(({ channel, slots }) => ({ channel, slots })) } });
  });
});

describe("the API's refusals on the form", () => {
  it('puts an opening error beside the row it came from', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: {
        'openingHours[1].slots[0].closes': ['The closing time must be after the opening time'],
        'openingHours[0].slots': ['Openings on the same day must not overlap'],
        phone: ['Enter a telephone number, like 01632 960000'],
      },
    });
    const errors = serviceProblemToFormErrors(error, [[0, 2], [1]], 3);
    expect(errors.fields).toEqual({
      'openings.1.closes': 'The closing time must be after the opening time',
      'openings.0.opens': 'Openings on the same day must not overlap',
      phone: 'Enter a telephone number, like 01632 960000',
    });
    expect(errors.summary.map((entry) => entry.href)).toEqual(['#phone', '#openings-0-opens', '#openings-1-closes']);
  });

  it('says a name already in the directory beside the name', () => {
    const errors = serviceProblemToFormErrors(new ApiError(409, { title: 'A service with that name is already in the directory.' }), [], 1);
    expect(errors.summary).toEqual([{ text: 'A service with that name is already in the directory.', href: '#name' }]);
  });

  it('says a problem on our side plainly', () => {
    expect(serviceProblemToFormErrors(new ApiError(500, { title: 'Boom' }), [], 1).summary).toEqual([{ text: 'Sorry, there is a problem with the service. Try again later.' }]);
  });
});
