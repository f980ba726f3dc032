import { describe, expect, it } from 'vitest';
import { addDays, formatMinutes, dayRange, daysBetween, formatDayLong, formatDayRange, formatDayShort, formatWeekdays, isIsoDate, mondayOf, weekdayOf } from './calendar';

describe('calendar days', () => {
  it('adds days across months, years and the clocks going back', () => {
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-22', '2026-12-05')).toBe(13);
    expect(dayRange('2026-11-29', '2026-12-01')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    expect(dayRange('2026-12-01', '2026-11-29')).toEqual([]);
  });

  it('finds the weekday and the Monday of the week', () => {
    expect(weekdayOf('2026-11-22')).toBe('sunday');
    expect(weekdayOf('2026-11-23')).toBe('monday');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('checks ISO dates are real days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-02-01')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('writes days and ranges the GOV.UK way', () => {
    expect(formatDayLong('2026-11-25')).toBe('Wednesday 25 November 2026');
    expect(formatDayLong('2026-11-25', false)).toBe('Wednesday 25 November');
    expect(formatDayShort('2026-11-25')).toBe('Wed 25 Nov');
    expect(formatDayRange('2026-11-23', '2026-11-29')).toBe('23 to 29 November 2026');
    expect(formatDayRange('2026-11-30', '2026-12-06')).toBe('30 November to 6 December 2026');
    expect(formatDayRange('2026-12-28', '2027-01-03')).toBe('28 December 2026 to 3 January 2027');
    expect(formatDayRange('2026-12-28', '2026-12-28')).toBe('28 December 2026');
  });

  it('describes the days a provider works', () => {
    expect(formatWeekdays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Monday to Friday');
    expect(formatWeekdays(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])).toBe('every day');
    expect(formatWeekdays(['friday', 'monday', 'wednesday'])).toBe('Monday, Wednesday and Friday');
    expect(formatWeekdays(['saturday'])).toBe('Saturday');
    expect(formatWeekdays(['saturday', 'sunday'])).toBe('Saturday and Sunday');
  });

  it('says minutes as hours', () => {
    expect(formatMinutes(30)).toBe('30 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(150)).toBe('2 hours 30 minutes');
    expect(formatMinutes(240)).toBe('4 hours');
  });
});
