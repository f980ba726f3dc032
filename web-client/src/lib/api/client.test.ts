import { describe, expect, it, vi } from 'vitest';
import { onUnauthorised, saveSession } from '@/lib/auth/session';
import { ApiError } from './api-error';
import { createApiClient } from './client';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn((request: Request) => {
    respond.lastRequest = request;
    return Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
      }),
    );
  });
}
respond.lastRequest = undefined as Request | undefined;

describe('apiClient', () => {
  it('sends the signed-in person’s bearer token', async () => {
    saveSession({ accessToken: 'abc', expiresAt: '2999-01-01T00:00:00Z', role: 'Carer', subject: 's', displayName: 'd' });
    const apiClient = createApiClient({ baseUrl: 'http://api.test', fetch: respond(200, { id: '1' }, { ETag: '"3"' }) });
    const { data, response } = await apiClient.GET('/api/me/carer');
    expect(respond.lastRequest?.headers.get('Authorization')).toBe('Bearer abc');
    expect(data).toEqual({ id: '1' });
    expect(response.headers.get('ETag')).toBe('"3"');
  });

  it('turns a problem answer into one ApiError with the problem details', async () => {
    const apiClient = createApiClient({
      baseUrl: 'http://api.test',
      fetch: respond(400, { title: 'One or more validation errors occurred.', status: 400, errors: { postcode: ['Enter a real postcode'] } }),
    });
    const error = await apiClient.POST('/api/me/carer/cared-for-people', { body: {} as never }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem.errors).toEqual({ postcode: ['Enter a real postcode'] });
  });

  it('says when the API no longer accepts the session', async () => {
    const listener = vi.fn();
    const stop = onUnauthorised(listener);
    const apiClient = createApiClient({ baseUrl: 'http://api.test', fetch: respond(401, { title: 'Unauthorized', status: 401 }) });
    await expect(apiClient.GET('/api/me/carer')).rejects.toBeInstanceOf(ApiError);
    expect(listener).toHaveBeenCalledOnce();
    stop();
  });
});
