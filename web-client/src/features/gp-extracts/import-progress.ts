import type { GpExtractImport } from '@/lib/api/types';

/** queued, importing, completed or failed: the contract gives the status as a string. */
export function isImportFinished(status: string): boolean {
  return status === 'completed' || status === 'failed';
}

const numbers = new Intl.NumberFormat('en-GB');

export function rowsText(count: number): string {
  return `${numbers.format(count)} ${count === 1 ? 'row' : 'rows'}`;
}

type Progress = Pick<GpExtractImport, 'status' | 'totalRows' | 'processedRows' | 'acceptedRows' | 'rejectedRows'>;

/** The words beside the progress bar, which screen readers hear as it changes. */
export function importProgressText(progress: Progress): string {
  switch (progress.status) {
    case 'queued':
      return 'Waiting to start the import';
    case 'importing':
      return progress.totalRows === 0
        ? 'Reading the file'
        : `Imported ${numbers.format(progress.processedRows)} of ${rowsText(progress.totalRows)}`;
    case 'completed':
      return `Import complete: ${numbers.format(progress.acceptedRows)} accepted, ${numbers.format(progress.rejectedRows)} refused, of ${rowsText(progress.totalRows)}`;
    case 'failed':
      return `The import stopped after ${rowsText(progress.processedRows)}. Try uploading the file again.`;
    default:
      return progress.status;
  }
}

/** Whole per cent done, for the progress bar's fallback text; undefined while the size is unknown. */
export function importPercent(progress: Pick<Progress, 'status' | 'totalRows' | 'processedRows'>): number | undefined {
  if (progress.status === 'completed') return 100;
  if (progress.totalRows <= 0) return undefined;
  return Math.min(100, Math.floor((progress.processedRows / progress.totalRows) * 100));
}
