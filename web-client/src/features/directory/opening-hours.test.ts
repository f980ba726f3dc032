import { describe, expect, it } from 'vitest';
import type { OpeningSlot, Weekday } from '@/lib/api/types';
import { dayInWords, daysInWords, slotInWords, timeInWords, weekInWords } from './opening-hours';

const slots = (days: Weekday[], opens: string, closes: string): OpeningSlot[] => days.map((day) => ({ day, opens, closes }));
const weekdaysOnly: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

describe('times in words, as GOV.UK writes them', () => {
  it.each([
    ['10:00', '10am'],
    ['09:30', '9:30am'],
    ['16:00', '4pm'],
    ['17:45', '5:45pm'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['00:00', 'midnight'],
    ['24:00', 'midnight'],
    ['00:15', '12:15am'],
  ])('%s is %s', (time, words) => expect(timeInWords(time)).toBe(words));

  it('says the whole day as 24 hours', () => {
    expect(slotInWords({ opens: '00:00', closes: '24:00' })).toBe('24 hours');
    expect(slotInWords({ opens: '10:00', closes: '16:00' })).toBe('10am to 4pm');
  });
});

describe('days in words', () => {
  it('joins runs of three or more days and lists the rest', () => {
    expect(daysInWords(weekdaysOnly)).toBe('Monday to Friday');
    expect(daysInWords(['monday', 'wednesday', 'friday'])).toBe('Monday, Wednesday and Friday');
    expect(daysInWords(['monday', 'wednesday', 'thursday', 'friday'])).toBe('Monday and Wednesday to Friday');
    expect(daysInWords(['saturday', 'sunday'])).toBe('Saturday and Sunday');
    expect(daysInWords(['tuesday'])).toBe('Tuesday');
  });

  it('says every day', () => {
    expect(daysInWords([...weekdaysOnly, 'saturday', 'sunday'])).toBe('Every day');
  });
});

describe("a channel's week in words", () => {
  it('says the Carers Central helpline as the Strategy does: weekdays, and later on Tuesday', () => {
    const helpline = [...slots(['monday', 'wednesday', 'thursday', 'friday'], '10:00', '16:00'), ...slots(['tuesday'], '10:00', '19:00')];
    expect(weekInWords(helpline)).toBe('Monday to Friday, 10am to 4pm; Tuesday until 7pm');
  });

  it('says a later start the same way', () => {
    expect(weekInWords([...slots(['monday', 'tuesday', 'wednesday'], '09:00', '17:00'), ...slots(['thursday'], '11:00', '17:00')])).toBe(
      'Monday to Thursday, 9am to 5pm; Thursday from 11am',
    );
  });

  it('says other days in full, together when they share their hours', () => {
    const alzheimers = [...slots(['monday', 'tuesday', 'wednesday'], '09:00', '20:00'), ...slots(['thursday', 'friday'], '09:00', '17:00'), ...slots(['saturday', 'sunday'], '10:00', '16:00')];
    expect(weekInWords(alzheimers)).toBe('Monday to Friday, 9am to 8pm; Thursday and Friday until 5pm; Saturday and Sunday, 10am to 4pm');
  });

  it('says two openings on a day, and a service open all day every day', () => {
    const split = [...slots(['monday'], '09:00', '12:00'), ...slots(['monday'], '13:00', '17:00')];
    expect(weekInWords(split)).toBe('Monday, 9am to midday and 1pm to 5pm');
    expect(weekInWords(slots([...weekdaysOnly, 'saturday', 'sunday'], '00:00', '24:00'))).toBe('Every day, 24 hours');
    expect(weekInWords(slots([...weekdaysOnly, 'saturday', 'sunday'], '00:00', '23:59'))).toBe('Every day, midnight to 11:59pm');
  });

  it('says two single days in full rather than one as a change to the other', () => {
    expect(weekInWords([...slots(['wednesday'], '10:00', '13:00'), ...slots(['friday'], '10:00', '14:00')])).toBe('Wednesday, 10am to 1pm; Friday, 10am to 2pm');
  });

  it('has no set hours without openings', () => {
    expect(weekInWords([])).toBe('No set hours');
  });

  it('gives each day of the table its openings, earliest first, or Closed', () => {
    const split = [...slots(['monday'], '13:00', '17:00'), ...slots(['monday'], '09:00', '12:00')];
    expect(dayInWords(split, 'monday')).toBe('9am to midday and 1pm to 5pm');
    expect(dayInWords(split, 'sunday')).toBe('Closed');
  });
});
