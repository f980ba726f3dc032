import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse, isApiError, toProblemDetails } from './api-error';

describe('apiErrorFromResponse', () => {
  it('reads an RFC 9457 problem with its errors map', async () => {
    const response = new Response(
      JSON.stringify({
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { postcode: ['Enter a postcode in Luton (LU1 to LU4)'] },
        traceId: 'abc',
      }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
    );
    const error = await apiErrorFromResponse(response);
    expect(isApiError(error)).toBe(true);
    expect(error.status).toBe(400);
    expect(error.problem.title).toBe('One or more validation errors occurred.');
    expect(error.problem.errors).toEqual({ postcode: ['Enter a postcode in Luton (LU1 to LU4)'] });
    expect(error.problem.traceId).toBe('abc');
  });

  it('copes with an empty body', async () => {
    const error = await apiErrorFromResponse(new Response(null, { status: 404 }));
    expect(error.status).toBe(404);
    expect(error.problem.status).toBe(404);
    expect(error.problem.errors).toBeUndefined();
  });

  it('copes with a body that is not JSON', async () => {
    const error = await apiErrorFromResponse(new Response('Bad gateway', { status: 502 }));
    expect(error.problem.title).toBe('Bad gateway');
  });
});

describe('toProblemDetails', () => {
  it('keeps only string messages and accepts a single string', () => {
    expect(toProblemDetails(400, { errors: { a: ['x', 3], b: 'y', c: [] } }).errors).toEqual({ a: ['x'], b: ['y'] });
  });
});
