/**
 * Checks of a GP extract before it is sent, so a wrong file is caught with a GOV.UK message
 * rather than after the upload. The API checks the same columns again; these only spare a
 * round trip, and the rows themselves are checked by the API alone.
 */

export const requiredColumns = ['nhs_number', 'snomed_code', 'date_recorded'] as const;
export const optionalColumns = ['consent_to_contact'] as const;

/** The API's limit for an extract (16 MiB). */
export const maxExtractBytes = 16 * 1024 * 1024;

/** The column names in the first row, as the API reads them: trimmed, lower case, spaces as underscores. */
export function headerColumns(csv: string): string[] {
  const withoutBom = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  const firstLine = withoutBom.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') return [];
  return firstLine.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase().replace(/ /g, '_'));
}

export function missingColumns(csv: string): string[] {
  const present = new Set(headerColumns(csv));
  return requiredColumns.filter((column) => !present.has(column));
}

const columnsSentence = 'nhs_number, snomed_code and date_recorded';

export type FileFacts = { name: string; size: number; type: string };

/** What is wrong with the chosen file before it is read, or undefined. */
export function fileError(file: FileFacts | undefined): string | undefined {
  if (!file) return 'Select the practice’s CSV extract';
  if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') return 'The selected file must be a CSV';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > maxExtractBytes) return 'The selected file must be smaller than 16 MB';
  return undefined;
}

/** What is wrong with the file's contents, or undefined. */
export function contentError(csv: string): string | undefined {
  if (csv.trim() === '') return 'The selected file is empty';
  const missing = missingColumns(csv);
  if (missing.length === 0) return undefined;
  return `The first row of the file must name the columns ${columnsSentence}. It does not name ${missing.join(', ')}`;
}

const odsPattern = /^[A-Z][0-9]{5}$/;

/** ODS codes are typed in any case and with spaces; the API wants A12345. */
export function normaliseOdsCode(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

export function odsCodeError(input: string): string | undefined {
  const code = normaliseOdsCode(input);
  if (code === '') return 'Enter the practice’s ODS code';
  if (!odsPattern.test(code)) return 'Enter the ODS code in the correct format, a letter then 5 numbers, like A12345';
  return undefined;
}
