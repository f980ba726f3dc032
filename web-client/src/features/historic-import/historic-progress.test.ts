import { describe, expect, it } from 'vitest';
import { historicContentError, historicFileError, historicPercent, historicProgressText, isHistoricImportFinished } from './historic-progress';

const base = { status: 'validating', totalRows: 3000, validatedRows: 1200, importedRows: 0, problemRows: 0 };

describe('historic import progress', () => {
  it('says what is happening in words a screen reader reads out', () => {
    expect(historicProgressText({ ...base, status: 'queued', totalRows: 0, validatedRows: 0 })).toBe('Waiting to start');
    expect(historicProgressText(base)).toBe('Validated 1,200 of 3,000 rows');
    expect(historicProgressText({ ...base, status: 'importing', validatedRows: 3000, importedRows: 500 })).toBe(
      'Every row is valid. Imported 500 of 3,000 rows',
    );
    expect(historicProgressText({ ...base, status: 'completed' })).toBe('Import complete: 3,000 rows imported');
    expect(historicProgressText({ ...base, status: 'refused', problemRows: 1 })).toBe('The file was not imported: 1 row has problems');
  });

  it('fills the first half of the bar while checking and the second while importing', () => {
    expect(historicPercent({ ...base, totalRows: 0 })).toBeUndefined();
    expect(historicPercent(base)).toBe(20);
    expect(historicPercent({ ...base, status: 'importing', importedRows: 1500 })).toBe(75);
    expect(historicPercent({ ...base, status: 'refused' })).toBe(100);
  });

  it('knows when the import has ended', () => {
    expect(['completed', 'refused', 'failed'].every(isHistoricImportFinished)).toBe(true);
    expect(['queued', 'validating', 'importing'].some(isHistoricImportFinished)).toBe(false);
  });
});

describe('the chosen file', () => {
  it('must be a CSV that is not empty and not too large', () => {
    expect(historicFileError(undefined)).toBe('Select the file of historic records');
    expect(historicFileError({ name: 'records.xlsx', size: 10, type: 'application/vnd.ms-excel' })).toBe('The selected file must be a CSV');
    expect(historicFileError({ name: 'records.csv', size: 0, type: 'text/csv' })).toBe('The selected file is empty');
    expect(historicFileError({ name: 'records.csv', size: 65 * 1024 * 1024, type: 'text/csv' })).toBe('The selected file must be smaller than 64 MB');
    expect(historicFileError({ name: 'records.csv', size: 10, type: '' })).toBeUndefined();
  });

  it('must name the key Client Level Data columns in its first row', () => {
    expect(historicContentError('')).toBe('The selected file is empty');
    expect(historicContentError('\uFEFFLA_Person_Unique_Identifier,"Event_Type",event_reference,Event_Start_Date\r\nx')).toBeUndefined();
    expect(historicContentError('LA_Code,Event_Type\n')).toBe(
      'The first row of the file must name the Client Level Data columns. It does not name LA_Person_Unique_Identifier, Event_Reference, Event_Start_Date',
    );
  });
});
