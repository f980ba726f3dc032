import { describe, expect, it } from 'vitest';
import { returnPathAfterSignIn } from './return-path';

describe('returnPathAfterSignIn', () => {
  it('goes back to the page, with its query, that sent the visitor to sign in', () => {
    expect(returnPathAfterSignIn({ from: '/information-requests/ask?subject=leaflet&title=Carers%20Central' })).toBe(
      '/information-requests/ask?subject=leaflet&title=Carers%20Central',
    );
  });

  it('goes home when nothing sent the visitor, or the state is not ours', () => {
    expect(returnPathAfterSignIn(null)).toBe('/');
    expect(returnPathAfterSignIn(undefined)).toBe('/');
    expect(returnPathAfterSignIn({ from: 42 })).toBe('/');
    expect(returnPathAfterSignIn('/grants')).toBe('/');
  });

  it('never follows an address off this site, or back to sign in', () => {
    expect(returnPathAfterSignIn({ from: '//evil.example/phish' })).toBe('/');
    expect(returnPathAfterSignIn({ from: '/\\evil.example' })).toBe('/');
    expect(returnPathAfterSignIn({ from: 'https://evil.example' })).toBe('/');
    expect(returnPathAfterSignIn({ from: '/sign-in' })).toBe('/');
  });
});
