import type { Audience, SupportNeed } from '@/lib/api/types';
import { audienceLabels, supportNeedLabels } from '@/lib/reference-data';

/** The directory's filters, as the address holds them (`/directory?for=youngCarers&need=dementia`). */
export type DirectoryFilters = { for?: Audience; need?: SupportNeed };

function isAudience(value: string | null): value is Audience {
  return value !== null && Object.hasOwn(audienceLabels, value);
}

function isSupportNeed(value: string | null): value is SupportNeed {
  return value !== null && Object.hasOwn(supportNeedLabels, value);
}

/** The filters in an address; a word the API would refuse (a mistyped or old link) counts as no filter. */
export function filtersFrom(params: URLSearchParams): DirectoryFilters {
  const audience = params.get('for');
  const need = params.get('need');
  return { ...(isAudience(audience) ? { for: audience } : {}), ...(isSupportNeed(need) ? { need } : {}) };
}

/**
 * The address of a filtered list, "?for=youngCarers&need=dementia", or "" for the whole list. A
 * new filter starts at the first page, so no cursor is kept.
 */
export function directoryQueryString(filters: DirectoryFilters): string {
  const query = new URLSearchParams();
  if (filters.for) query.set('for', filters.for);
  if (filters.need) query.set('need', filters.need);
  const search = query.toString();
  return search ? `?${search}` : '';
}

/** What the list shows, for its heading: "Services for young carers and young adult carers (5 to 25), for dementia or memory problems". */
export function filtersInWords(filters: DirectoryFilters): string {
  const parts: string[] = [];
  if (filters.for) parts.push(`for ${audienceLabels[filters.for].charAt(0).toLowerCase()}${audienceLabels[filters.for].slice(1)}`);
  if (filters.need) parts.push(`for ${supportNeedLabels[filters.need].toLowerCase()}`);
  return parts.length === 0 ? 'All services' : `Services ${parts.join(', ')}`;
}
