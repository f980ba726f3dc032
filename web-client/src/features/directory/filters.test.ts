import { describe, expect, it } from 'vitest';
import { directoryQueryString, filtersFrom, filtersInWords } from './filters';

describe('the directory filters in the address', () => {
  it('builds the query string of a filtered list, and nothing for the whole list', () => {
    expect(directoryQueryString({ for: 'youngCarers', need: 'mentalHealth' })).toBe('?for=youngCarers&need=mentalHealth');
    expect(directoryQueryString({ for: 'adultCarers' })).toBe('?for=adultCarers');
    expect(directoryQueryString({ need: 'dementia' })).toBe('?need=dementia');
    expect(directoryQueryString({})).toBe('');
  });

  it('reads the filters back from the address, leaving out the cursor', () => {
    expect(filtersFrom(new URLSearchParams('for=youngCarers&need=mentalHealth&cursor=abc'))).toEqual({ for: 'youngCarers', need: 'mentalHealth' });
    expect(filtersFrom(new URLSearchParams(directoryQueryString({ for: 'everyone' })))).toEqual({ for: 'everyone' });
  });

  it('ignores words the API would refuse, from a mistyped or old link', () => {
    expect(filtersFrom(new URLSearchParams('for=allCarers&need=toString'))).toEqual({});
    expect(filtersFrom(new URLSearchParams('for=constructor'))).toEqual({});
  });

  it('says what the list shows', () => {
    expect(filtersInWords({})).toBe('All services');
    expect(filtersInWords({ for: 'youngCarers' })).toBe('Services for young carers and young adult carers (5 to 25)');
    expect(filtersInWords({ for: 'adultCarers', need: 'dementia' })).toBe('Services for adult carers (18 and over), for dementia or memory problems');
  });
});
