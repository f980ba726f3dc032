import { currentLocale, i18n } from '@/i18n/i18n';
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
  const locale = currentLocale();
  const parts: string[] = [];
  if (filters.for) {
    const audience = i18n.t(`directory:audiences.${filters.for}`);
    parts.push(i18n.t('directory:filters.for', { what: `${audience.charAt(0).toLocaleLowerCase(locale)}${audience.slice(1)}` }));
  }
  if (filters.need) parts.push(i18n.t('directory:filters.for', { what: i18n.t(`directory:needs.${filters.need}`).toLocaleLowerCase(locale) }));
  return parts.length === 0 ? i18n.t('directory:filters.all') : i18n.t('directory:filters.services', { parts: parts.join(i18n.t('directory:filters.separator')) });
}
