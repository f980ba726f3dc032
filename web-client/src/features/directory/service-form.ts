import { ApiError, isApiError } from '@/lib/api/api-error';
import type { Audience, DirectoryService, DirectoryServiceDetails, LanguageCode, ServiceChannel, SupportNeed, Weekday } from '@/lib/api/types';
import { problemToFormErrors, validationToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { serviceChannelLabels, weekdayLabels } from '@/lib/reference-data';
import { addressLineError, townError } from '@/lib/validation/address';
import { emailError, isPostcodeFormat, normalisePostcode } from '@/lib/validation/contact';

/** One row of the opening hours ("add another"): a channel, a day and the times, as typed. */
export type OpeningRow = { channel: ServiceChannel | ''; day: Weekday | ''; opens: string; closes: string };

export type ServiceFormValues = {
  name: string;
  summary: string;
  audiences: Audience[];
  needs: SupportNeed[];
  phone: string;
  website: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  languages: LanguageCode[];
  openings: OpeningRow[];
};

export const emptyOpening: OpeningRow = { channel: '', day: '', opens: '', closes: '' };

export const emptyServiceForm: ServiceFormValues = {
  name: '',
  summary: '',
  audiences: [],
  needs: [],
  phone: '',
  website: '',
  email: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  languages: ['en'],
  openings: [emptyOpening],
};

/** The change form starts from the service as read. */
export function valuesFromService(service: DirectoryService): ServiceFormValues {
  const openings = service.openingHours.flatMap((channel) =>
    channel.slots.map((slot): OpeningRow => ({ channel: channel.channel, day: slot.day, opens: slot.opens, closes: slot.closes })),
  );
  return {
    name: service.name,
    summary: service.summary,
    audiences: service.audiences,
    needs: service.needs,
    phone: service.phone ?? '',
    website: service.website ?? '',
    email: service.email ?? '',
    addressLine1: service.addressLine1 ?? '',
    addressLine2: service.addressLine2 ?? '',
    town: service.town ?? '',
    postcode: service.postcode ?? '',
    languages: service.languages,
    openings: openings.length > 0 ? openings : [emptyOpening],
  };
}

/** The ids of a row's fields, for labels and error summary links. */
export const openingFieldId = (row: number, part: keyof OpeningRow) => `openings-${row}-${part}`;
const openingKey = (row: number, part: keyof OpeningRow) => `openings.${row}.${part}`;

/**
 * A time as typed ("9:30", "0930", "9.30", "17") as the contract's 24-hour "HH:mm", or undefined
 * when it is not a time. "24:00" is a closing time only.
 */
export function normaliseTime(input: string, closing: boolean): string | undefined {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(input.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (minutes > 59) return undefined;
  if (hours > 23 && !(closing && hours === 24 && minutes === 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function isBlank(row: OpeningRow): boolean {
  return row.channel === '' && row.day === '' && row.opens.trim() === '' && row.closes.trim() === '';
}

const namePattern = /^[\p{L}\p{M}0-9 ,.'’/&#()-]+$/u;
const freeTextPattern = /^[^<>\p{Cc}]*$/u;
const phonePattern = /^\+?[0-9 ()-]{7,20}$/;

function websiteError(input: string): string | undefined {
  const value = input.trim();
  if (value === '') return undefined;
  if (value.length > 300) return 'The web address must be 300 characters or fewer';
  const host = URL.canParse(value) ? new URL(value).hostname : '';
  if (!/^https?:\/\/[^\s<>"]+$/.test(value) || !host.includes('.')) return 'Enter a web address starting http:// or https://, like https://www.example.org';
  return undefined;
}

export type ServiceFormResult =
  | { ok: true; body: DirectoryServiceDetails; slotRows: number[][] }
  | { ok: false; errors: FormErrors };

/**
 * The form as AddDirectoryService's and ChangeDirectoryService's body, or the errors to show
 * first. The rows are grouped by channel (the contract holds each channel once); `slotRows` says
 * which row each slot came from, so the API's errors go back beside the right row. Empty rows
 * are left out.
 */
export function serviceFormToRequest(values: ServiceFormValues): ServiceFormResult {
  const messages: Record<string, string | undefined> = {};
  const hrefs: Record<string, string> = {};
  const name = values.name.trim();
  const summary = values.summary.trim();
  const phone = values.phone.trim();
  const website = values.website.trim();
  const email = values.email.trim();
  const postcode = values.postcode.trim();

  messages.name =
    name === ''
      ? 'Enter the service’s name'
      : name.length > 200
        ? 'The name must be 200 characters or fewer'
        : !namePattern.test(name)
          ? 'The name must only include letters, numbers and , . \' / & # ( ) -'
          : undefined;
  messages.summary =
    summary === ''
      ? 'Say what the service offers'
      : summary.length > 1000
        ? 'What it offers must be 1,000 characters or fewer'
        : !freeTextPattern.test(summary)
          ? 'What it offers must not include < or >'
          : undefined;
  messages.audiences = values.audiences.length === 0 ? 'Select who the service is for' : undefined;
  hrefs.audiences = '#audiences';
  messages.phone =
    phone !== '' && !phonePattern.test(phone)
      ? 'Enter a telephone number, like 01632 960000'
      : phone === '' && website === '' && email === '' && values.addressLine1.trim() === ''
        ? 'Give at least one way to reach the service: a telephone number, web address, email or address'
        : undefined;
  messages.website = websiteError(website);
  messages.email = emailError(email, false) ? 'Enter an email address in the correct format, like help@example.org' : undefined;
  messages.addressLine1 = addressLineError(values.addressLine1, 'Address line 1', false);
  messages.addressLine2 = addressLineError(values.addressLine2, 'Address line 2', false);
  messages.town = townError(values.town, false);
  messages.postcode = postcode !== '' && !isPostcodeFormat(postcode) ? 'Enter a real postcode, like LU1 2AB' : undefined;
  messages.languages = values.languages.length === 0 ? 'Select the languages it offers help in, at least one' : values.languages.length > 20 ? 'Select at most 20 languages' : undefined;
  hrefs.languages = '#languages';

  // Each filled row: its channel, day and times; then no two openings of a channel overlap on a day.
  const slots: { row: number; channel: ServiceChannel; day: Weekday; opens: string; closes: string }[] = [];
  values.openings.forEach((row, index) => {
    if (isBlank(row)) return;
    const number = index + 1;
    const opens = normaliseTime(row.opens, false);
    const closes = normaliseTime(row.closes, true);
    const set = (part: keyof OpeningRow, message: string | undefined) => {
      messages[openingKey(index, part)] = message;
      hrefs[openingKey(index, part)] = `#${openingFieldId(index, part)}`;
    };
    set('channel', row.channel === '' ? `Select how opening ${number} is reached` : undefined);
    set('day', row.day === '' ? `Select the day of opening ${number}` : undefined);
    set(
      'opens',
      row.opens.trim() === '' ? `Enter the time opening ${number} opens` : !opens ? `Enter the time opening ${number} opens in 24-hour time, like 09:30` : undefined,
    );
    set(
      'closes',
      row.closes.trim() === ''
        ? `Enter the time opening ${number} closes`
        : !closes
          ? `Enter the time opening ${number} closes in 24-hour time, like 17:00 (24:00 for midnight)`
          : opens && closes <= opens
            ? `Opening ${number} must close after it opens`
            : undefined,
    );
    if (row.channel !== '' && row.day !== '' && opens && closes && closes > opens) {
      const clash = slots.find((slot) => slot.channel === row.channel && slot.day === row.day && slot.opens < closes && opens < slot.closes);
      if (clash) {
        set(
          'opens',
          `Opening ${number} overlaps opening ${clash.row + 1}: a ${serviceChannelLabels[row.channel].toLowerCase()} can only be open once at a time on ${weekdayLabels[row.day]}`,
        );
      } else {
        slots.push({ row: index, channel: row.channel, day: row.day, opens, closes });
      }
    }
  });

  const errors = validationToFormErrors(messages, hrefs);
  if (errors.summary.length > 0) return { ok: false, errors };

  const channels = [...new Set(slots.map((slot) => slot.channel))];
  const body: DirectoryServiceDetails = {
    name,
    summary,
    audiences: values.audiences,
    needs: values.needs,
    phone: phone || null,
    website: website || null,
    email: email || null,
    addressLine1: values.addressLine1.trim() || null,
    addressLine2: values.addressLine2.trim() || null,
    town: values.town.trim() || null,
    postcode: postcode ? normalisePostcode(postcode) : null,
    languages: values.languages,
    openingHours: channels.map((channel) => ({
      channel,
      slots: slots.filter((slot) => slot.channel === channel).map(({ day, opens, closes }) => ({ day, opens, closes })),
    })),
  };
  return { ok: true, body, slotRows: channels.map((channel) => slots.filter((slot) => slot.channel === channel).map((slot) => slot.row)) };
}

/** The contract fields on this form, in page order, and where their error summary links go. */
export function serviceFormFields(rows: number): Record<string, string> {
  const fields: Record<string, string> = {
    name: '#name',
    summary: '#summary',
    audiences: '#audiences',
    needs: '#needs',
    phone: '#phone',
    website: '#website',
    email: '#email',
    addressLine1: '#addressLine1',
    addressLine2: '#addressLine2',
    town: '#town',
    postcode: '#postcode',
    languages: '#languages',
  };
  for (let row = 0; row < rows; row++) {
    for (const part of ['channel', 'day', 'opens', 'closes'] as const) fields[openingKey(row, part)] = `#${openingFieldId(row, part)}`;
  }
  fields.openingHours = `#${openingFieldId(0, 'channel')}`;
  return fields;
}

const slotKey = /^\$?\.?openingHours\[(\d+)\](?:\.slots(?:\[(\d+)\](?:\.(day|opens|closes))?)?|\.channel)?$/i;

/**
 * A refusal of AddDirectoryService or ChangeDirectoryService as form errors. The API names an
 * opening by its place in the body ("openingHours[1].slots[0].closes"); `slotRows` turns that back
 * into the row on the form. A 409 is the name taken by another live service.
 */
export function serviceProblemToFormErrors(error: unknown, slotRows: number[][], rows: number): FormErrors {
  if (isApiError(error) && error.status === 409) {
    return validationToFormErrors({ name: error.problem.title ?? 'A service with that name is already in the directory' });
  }
  if (!isApiError(error) || !error.problem.errors) return problemToFormErrors(error, serviceFormFields(rows));
  const errors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const match = slotKey.exec(key.trim());
    if (!match) {
      errors[key] = messages;
      continue;
    }
    const channelRows = slotRows[Number(match[1])] ?? [];
    const row = match[2] !== undefined ? channelRows[Number(match[2])] : channelRows[0];
    const part = match[3]?.toLowerCase() ?? (key.toLowerCase().endsWith('.channel') ? 'channel' : 'opens');
    const target = row === undefined ? 'openingHours' : openingKey(row, part as keyof OpeningRow);
    errors[target] = [...(errors[target] ?? []), ...messages];
  }
  return problemToFormErrors(new ApiError(error.status, { ...error.problem, errors }), serviceFormFields(rows));
}
