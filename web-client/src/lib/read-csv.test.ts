import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv';

const firstRowNamesA = (csv: string) => (csv.startsWith('a') ? undefined : 'The first row must name a');

describe('readCsv', () => {
  it('gives the text of a file whose content passes the check', async () => {
    expect(await readCsv(new Blob(['a,b\n1,2\n']), firstRowNamesA)).toEqual({ csv: 'a,b\n1,2\n' });
  });

  it('gives the check’s message for wrong content, and a message of its own for a file that cannot be read', async () => {
    expect(await readCsv(new Blob(['x\n']), firstRowNamesA)).toEqual({ error: 'The first row must name a' });
    const unreadable = { text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await readCsv(unreadable, firstRowNamesA)).toEqual({ error: 'The selected file could not be read. Choose it again' });
  });
});
