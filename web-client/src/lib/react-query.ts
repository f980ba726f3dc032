import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change on retry (and a 404 can be an answer, like "not registered yet").
        retry: (failureCount, error) => (!isApiError(error) || error.status >= 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
