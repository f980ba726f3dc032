import { describe, expect, it } from 'vitest';
import { contentError, fileError, headerColumns, maxExtractBytes, missingColumns, normaliseOdsCode, odsCodeError } from './csv-file';

describe('headerColumns', () => {
  it('reads the first row as the API does', () => {
    expect(headerColumns('nhs_number,snomed_code,date_recorded\n9990000018,224484003,2026-01-05\n')).toEqual([
      'nhs_number',
      'snomed_code',
      'date_recorded',
    ]);
  });

  it('ignores a byte order mark, quotes, case, spaces and Windows line endings', () => {
    expect(headerColumns('\uFEFF"NHS Number", Snomed_Code ,DATE_RECORDED,consent to contact\r\n1,2,3,4')).toEqual([
      'nhs_number',
      'snomed_code',
      'date_recorded',
      'consent_to_contact',
    ]);
  });

  it('finds no columns in an empty file', () => {
    expect(headerColumns('')).toEqual([]);
    expect(headerColumns('\n\n')).toEqual([]);
  });
});

describe('contentError', () => {
  it('accepts a file with the three required columns, in any order', () => {
    expect(contentError('date_recorded,nhs_number,snomed_code\n')).toBeUndefined();
    expect(missingColumns('date_recorded,nhs_number,snomed_code,consent_to_contact')).toEqual([]);
  });

  it('names the columns that are missing', () => {
    expect(contentError('nhs_number,code,date\n1,2,3')).toBe(
      'The first row of the file must name the columns nhs_number, snomed_code and date_recorded. It does not name snomed_code, date_recorded',
    );
  });

  it('says an empty file is empty', () => {
    expect(contentError('  \n')).toBe('The selected file is empty');
  });
});

describe('fileError', () => {
  it('asks for a file when none is chosen', () => {
    expect(fileError(undefined)).toBe('Select the practice’s CSV extract');
  });

  it('wants a CSV by name or type', () => {
    expect(fileError({ name: 'extract.xlsx', size: 10, type: 'application/vnd.ms-excel' })).toBe('The selected file must be a CSV');
    expect(fileError({ name: 'EXTRACT.CSV', size: 10, type: '' })).toBeUndefined();
    expect(fileError({ name: 'extract', size: 10, type: 'text/csv' })).toBeUndefined();
  });

  it('refuses an empty file and one over the API’s limit', () => {
    expect(fileError({ name: 'a.csv', size: 0, type: 'text/csv' })).toBe('The selected file is empty');
    expect(fileError({ name: 'a.csv', size: maxExtractBytes + 1, type: 'text/csv' })).toBe('The selected file must be smaller than 16 MB');
    expect(fileError({ name: 'a.csv', size: maxExtractBytes, type: 'text/csv' })).toBeUndefined();
  });
});

describe('ODS codes', () => {
  it('takes any case and spaces', () => {
    expect(normaliseOdsCode(' a12 345 ')).toBe('A12345');
    expect(odsCodeError('a12345')).toBeUndefined();
  });

  it('asks for a code, then for the right format', () => {
    expect(odsCodeError('  ')).toBe('Enter the practice’s ODS code');
    expect(odsCodeError('12345A')).toBe('Enter the ODS code in the correct format, a letter then 5 numbers, like A12345');
    expect(odsCodeError('A1234')).toBe('Enter the ODS code in the correct format, a letter then 5 numbers, like A12345');
  });
});
