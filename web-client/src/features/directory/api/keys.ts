import type { DirectoryFilters } from '../filters';

/** The directory's cache: every list page, and each service read (with its ETag). */
export const directoryKeys = {
  all: ['directory'] as const,
  lists: ['directory', 'list'] as const,
  list: (filters: DirectoryFilters, cursor: string | undefined, limit: number) => ['directory', 'list', filters, cursor ?? null, limit] as const,
  service: (serviceId: string) => ['directory', 'service', serviceId] as const,
};
