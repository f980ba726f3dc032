import { useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type IndicatorSet = components['schemas']['IndicatorSet'];
export type Indicator = components['schemas']['Indicator'];
export type IndicatorPart = components['schemas']['IndicatorPart'];
export type IndicatorGroup = components['schemas']['IndicatorGroup'];
export type IndicatorUnit = components['schemas']['IndicatorUnit'];

export const indicatorsKey = ['performance-indicators'] as const;

/** GetPerformanceIndicators: the indicator set for a financial year (by the year it starts in). */
export async function getPerformanceIndicators(year: number, signal?: AbortSignal): Promise<IndicatorSet> {
  const { data } = await apiClient.GET('/api/reports/indicators', { params: { query: { year } }, signal });
  // The operation answers text/csv too (format=csv); without format it is always the JSON set.
  const set = required(data);
  if (typeof set === 'string') throw new Error('The API answered CSV where JSON was asked for');
  return set;
}

/** The year's indicators; `enabled` false for a year before the first the API answers. */
export function usePerformanceIndicators(year: number, enabled = true) {
  return useQuery({
    queryKey: [...indicatorsKey, year],
    enabled,
    queryFn: ({ signal }) => getPerformanceIndicators(year, signal),
    staleTime: 60_000,
  });
}

export type IndicatorsFile = { blob: Blob; fileName: string };

/** The same operation as CSV, fetched with the bearer token so it can be saved as a file. */
export async function downloadPerformanceIndicators(year: number): Promise<IndicatorsFile> {
  const { data } = await apiClient.GET('/api/reports/indicators', { params: { query: { year, format: 'csv' } }, parseAs: 'blob' });
  const blob = data instanceof Blob ? data : new Blob([], { type: 'text/csv' });
  return { blob, fileName: `indicators-${year}-${String((year + 1) % 100).padStart(2, '0')}.csv` };
}
