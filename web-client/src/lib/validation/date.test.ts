import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import { ageOn, formatDate, formatDateTime, formatDayOf, isoToDateParts, parseDateParts, parseMonth, todayIso } from './date';

const messages = { name: 'Date of birth', missing: 'Enter your date of birth' };

describe('parseDateParts', () => {
  it('reads a complete date as yyyy-mm-dd', () => {
    expect(parseDateParts({ day: '5', month: '1', year: '2010' }, messages)).toEqual({ ok: true, value: '2010-01-05' });
  });

  it('accepts month names and abbreviations, as GOV.UK asks', () => {
    expect(parseDateParts({ day: '29', month: 'Feb', year: '2024' }, messages)).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateParts({ day: '1', month: 'september', year: '1980' }, messages)).toEqual({ ok: true, value: '1980-09-01' });
  });

  it('trims spaces around each part', () => {
    expect(parseDateParts({ day: ' 07 ', month: ' 03 ', year: ' 1999 ' }, messages)).toEqual({ ok: true, value: '1999-03-07' });
  });

  it('asks for the date when all boxes are empty and it is required', () => {
    expect(parseDateParts({ day: '', month: '', year: '' }, messages)).toEqual({
      ok: false,
      message: 'Enter your date of birth',
      parts: ['day', 'month', 'year'],
    });
  });

  it('gives null when all boxes are empty and it is optional', () => {
    expect(parseDateParts({ day: '', month: '', year: '' }, messages, false)).toEqual({ ok: true, value: null });
  });

  it('names the one missing part and highlights only that box', () => {
    expect(parseDateParts({ day: '5', month: '', year: '2010' }, messages)).toEqual({
      ok: false,
      message: 'Date of birth must include a month',
      parts: ['month'],
    });
  });

  it('names two missing parts the GOV.UK way', () => {
    expect(parseDateParts({ day: '', month: '', year: '2010' }, messages)).toMatchObject({
      message: 'Date of birth must include a day and month',
      parts: ['day', 'month'],
    });
    expect(parseDateParts({ day: '5', month: '', year: '' }, messages)).toMatchObject({
      message: 'Date of birth must include a month and year',
    });
  });

  it('refuses impossible dates', () => {
    expect(parseDateParts({ day: '31', month: '2', year: '2010' }, messages)).toMatchObject({
      ok: false,
      message: 'Date of birth must be a real date',
      parts: ['day'],
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2023' }, messages)).toMatchObject({ ok: false });
    expect(parseDateParts({ day: '12', month: '13', year: '2010' }, messages)).toMatchObject({ ok: false, parts: ['month'] });
    expect(parseDateParts({ day: 'x', month: '1', year: '2010' }, messages)).toMatchObject({ ok: false, parts: ['day'] });
  });

  it('wants a 4-digit year', () => {
    expect(parseDateParts({ day: '1', month: '1', year: '10' }, messages)).toEqual({
      ok: false,
      message: 'Year must include 4 numbers',
      parts: ['year'],
    });
  });
});

describe('parseMonth', () => {
  it.each([
    ['1', 1],
    ['01', 1],
    ['12', 12],
    ['Jan', 1],
    ['DECEMBER', 12],
    ['0', null],
    ['13', null],
    ['ja', null],
  ])('%s is %s', (input, expected) => {
    expect(parseMonth(input)).toBe(expected);
  });
});

describe('date helpers', () => {
  it('formats ISO dates the GOV.UK way', () => {
    expect(formatDate('2010-01-05')).toBe('5 January 2010');
    expect(formatDate(null)).toBe('');
  });

  it('splits an ISO date into boxes for editing', () => {
    expect(isoToDateParts('1985-07-09')).toEqual({ day: '9', month: '7', year: '1985' });
    expect(isoToDateParts(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('counts age in whole years, birthday included', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
  });

  it('gives today as a local yyyy-mm-dd', () => {
    expect(todayIso(new Date(2026, 0, 2, 23, 30))).toBe('2026-01-02');
  });
});

describe('formatDateTime', () => {
  it('writes an instant in UK time, as GOV.UK writes times', () => {
    expect(formatDateTime('2026-01-05T14:05:00Z')).toBe('5 January 2026 at 2:05pm');
    expect(formatDateTime('2026-07-01T08:00:00Z')).toBe('1 July 2026 at 9am');
  });

  it('says midday and midnight rather than 12pm and 12am', () => {
    expect(formatDateTime('2026-01-05T12:00:00Z')).toBe('5 January 2026 at midday');
    expect(formatDateTime('2026-01-05T00:00:00Z')).toBe('5 January 2026 at midnight');
  });

  it('writes the long date and short time of the pages’ language, still in UK time', async () => {
    await i18n.changeLanguage('pl');
    expect(formatDateTime('2026-07-01T08:00:00Z')).toBe(new Intl.DateTimeFormat('pl', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-07-01T08:00:00Z')));
    expect(formatDateTime('2026-07-01T08:00:00Z')).toContain('lipca 2026');
    expect(formatDayOf('2026-06-30T23:30:00Z')).toBe('1 lipca 2026');
  });

  it('writes nothing for no date or a date it cannot read', () => {
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('formatDayOf', () => {
  it('gives the UK day of an instant, which can differ from its UTC day', () => {
    expect(formatDayOf('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDayOf('2026-01-05T23:30:00Z')).toBe('5 January 2026');
    expect(formatDayOf(null)).toBe('');
  });
});
