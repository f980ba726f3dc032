import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type GpIdentifiedPerson = components['schemas']['GpIdentifiedPerson'];
export type GpIdentifiedPersonPage = components['schemas']['GpIdentifiedPersonPage'];
export type GpContactOutcome = components['schemas']['GpContactOutcome'];

export const gpWorklistPageSize = 20;
export const gpWorklistKey = ['gp-identified-people'] as const;

/** ListGpIdentifiedPeople: people a GP identified as carers awaiting contact, oldest first, optionally one practice. */
export const listGpIdentifiedPeopleQueryOptions = (practice: string | undefined, cursor: string | undefined) =>
  queryOptions({
    queryKey: [...gpWorklistKey, practice ?? null, cursor ?? null] as const,
    queryFn: async ({ signal }): Promise<GpIdentifiedPersonPage> => {
      const { data } = await apiClient.GET('/api/gp-identified-people', {
        params: { query: { limit: gpWorklistPageSize, ...(practice ? { practice } : {}), ...(cursor ? { cursor } : {}) } },
        signal,
      });
      return required(data);
    },
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useGpIdentifiedPeople(practice: string | undefined, cursor: string | undefined) {
  return useQuery(listGpIdentifiedPeopleQueryOptions(practice, cursor));
}
