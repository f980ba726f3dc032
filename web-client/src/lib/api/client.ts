import createClient, { type Middleware } from 'openapi-fetch';
import { notifyUnauthorised, readSession } from '@/lib/auth/session';
import { apiErrorFromResponse } from './api-error';
import type { paths } from './schema';

/**
 * Adds the signed-in person's bearer token, and turns every answer that is not 2xx into one
 * thrown `ApiError` carrying the status and the problem details, so callers only ever see
 * data on success and TanStack Query sees the error.
 */
export const authAndProblemsMiddleware: Middleware = {
  onRequest({ request }) {
    const session = readSession();
    if (session && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return response;
    const error = await apiErrorFromResponse(response);
    if (response.status === 401) notifyUnauthorised();
    throw error;
  },
};

function sameOrigin(): string {
  // The API serves the SPA, so requests go to the page's own origin (Vite proxies in development).
  return globalThis.location?.origin ?? 'http://localhost';
}

export function createApiClient(options: { baseUrl?: string; fetch?: (request: Request) => Promise<Response> } = {}) {
  // The global fetch is looked up at each call, not kept from when the client was made: unit tests
  // share one module graph per worker (isolate: false), and each test file puts in its own fetch.
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? sameOrigin(),
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(authAndProblemsMiddleware);
  return client;
}

export const apiClient = createApiClient();

/** The entity tag of a response, for the next `If-Match`. */
export function etagOf(response: Response): string | null {
  return response.headers.get('ETag');
}

/**
 * The body of a successful answer. The middleware has already thrown for any error, so a
 * missing body here means the API answered 2xx with nothing, which the contract rules out.
 */
export function required<T>(data: T | undefined): T {
  if (data === undefined) throw new Error('The API answered without a body');
  return data;
}
