import { describe, expect, it } from 'vitest';
import { importPercent, importProgressText, isImportFinished, rowsText } from './import-progress';

const progress = (status: string, totalRows: number, processedRows: number, acceptedRows = 0, rejectedRows = 0) => ({
  status,
  totalRows,
  processedRows,
  acceptedRows,
  rejectedRows,
});

describe('importProgressText', () => {
  it('says the import is waiting before it starts', () => {
    expect(importProgressText(progress('queued', 0, 0))).toBe('Waiting to start the import');
  });

  it('counts rows with thousands separators while importing', () => {
    expect(importProgressText(progress('importing', 5000, 1200))).toBe('Imported 1,200 of 5,000 rows');
  });

  it('says the file is being read before its size is known', () => {
    expect(importProgressText(progress('importing', 0, 0))).toBe('Reading the file');
  });

  it('gives the accepted and refused counts once complete', () => {
    expect(importProgressText(progress('completed', 6, 6, 3, 3))).toBe('Import complete: 3 accepted, 3 refused, of 6 rows');
    expect(importProgressText(progress('completed', 1, 1, 1, 0))).toBe('Import complete: 1 accepted, 0 refused, of 1 row');
  });

  it('says how far a failed import got', () => {
    expect(importProgressText(progress('failed', 2000, 1000))).toBe('The import stopped after 1,000 rows. Try uploading the file again.');
  });
});

describe('importPercent', () => {
  it('is unknown until the number of rows is', () => {
    expect(importPercent(progress('queued', 0, 0))).toBeUndefined();
  });

  it('rounds down, so it never shows 100 before the end', () => {
    expect(importPercent(progress('importing', 3, 2))).toBe(66);
    expect(importPercent(progress('importing', 1000, 999))).toBe(99);
    expect(importPercent(progress('completed', 0, 0))).toBe(100);
  });
});

describe('isImportFinished and rowsText', () => {
  it('stops polling only when completed or failed', () => {
    expect(['queued', 'importing', 'completed', 'failed'].map(isImportFinished)).toEqual([false, false, true, true]);
  });

  it('writes one row and many rows', () => {
    expect(rowsText(1)).toBe('1 row');
    expect(rowsText(12345)).toBe('12,345 rows');
  });
});
