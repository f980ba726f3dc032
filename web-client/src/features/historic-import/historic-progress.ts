import type { HistoricImportStatus } from '@/lib/api/types';

/** queued, validating, importing, completed, refused or failed: the contract gives the status as a string. */
export function isHistoricImportFinished(status: string): boolean {
  return status === 'completed' || status === 'refused' || status === 'failed';
}

const numbers = new Intl.NumberFormat('en-GB');

export function count(value: number, one: string, many: string): string {
  return `${numbers.format(value)} ${value === 1 ? one : many}`;
}

type Progress = Pick<HistoricImportStatus, 'status' | 'totalRows' | 'validatedRows' | 'importedRows' | 'problemRows'>;

/** The words beside the progress bar, which screen readers hear as they change. */
export function historicProgressText(progress: Progress): string {
  const of = `of ${count(progress.totalRows, 'row', 'rows')}`;
  switch (progress.status) {
    case 'queued':
      return 'Waiting to start';
    case 'validating':
      return progress.totalRows === 0 ? 'Reading the file' : `Validated ${numbers.format(progress.validatedRows)} ${of}`;
    case 'importing':
      return `Every row is valid. Imported ${numbers.format(progress.importedRows)} ${of}`;
    case 'completed':
      return `Import complete: ${count(progress.totalRows, 'row', 'rows')} imported`;
    case 'refused':
      return `The file was not imported: ${count(progress.problemRows, 'row has', 'rows have')} problems`;
    case 'failed':
      return 'The import stopped because of a fault. Nothing was imported. Try uploading the file again.';
    default:
      return progress.status;
  }
}

/**
 * Whole per cent done for the progress bar: checking the rows is the first half, importing them the
 * second; undefined while the number of rows is not known.
 */
export function historicPercent(progress: Pick<Progress, 'status' | 'totalRows' | 'validatedRows' | 'importedRows'>): number | undefined {
  if (isHistoricImportFinished(progress.status)) return 100;
  if (progress.totalRows <= 0) return undefined;
  const share = (done: number) => Math.min(1, done / progress.totalRows);
  const half = progress.status === 'importing' ? 50 + share(progress.importedRows) * 50 : share(progress.validatedRows) * 50;
  return Math.floor(half);
}

/** The largest file the API takes (64 MiB). */
export const maxHistoricFileBytes = 64 * 1024 * 1024;

/** Columns the API needs before anything else: checked here only to spare a round trip; the API checks every column. */
export const keyColumns = ['LA_Person_Unique_Identifier', 'Event_Type', 'Event_Reference', 'Event_Start_Date'] as const;

export type FileFacts = { name: string; size: number; type: string };

/** What is wrong with the chosen file before it is read, or undefined. */
export function historicFileError(file: FileFacts | undefined): string | undefined {
  if (!file) return 'Select the file of historic records';
  if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') return 'The selected file must be a CSV';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > maxHistoricFileBytes) return 'The selected file must be smaller than 64 MB';
  return undefined;
}

/** What is wrong with the file's first row, or undefined. */
export function historicContentError(csv: string): string | undefined {
  const withoutBom = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  const firstLine = withoutBom.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') return 'The selected file is empty';
  const present = new Set(firstLine.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase()));
  const missing = keyColumns.filter((column) => !present.has(column.toLowerCase()));
  if (missing.length === 0) return undefined;
  return `The first row of the file must name the Client Level Data columns. It does not name ${missing.join(', ')}`;
}
