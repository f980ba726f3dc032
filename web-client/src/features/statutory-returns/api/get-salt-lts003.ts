import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import { fileNameFrom } from '@/lib/download';
import { yearLabel, type Lts003Report } from '../returns';
import type { ReturnFile } from './get-client-level-data-extract';

/** GetSaltLts003: carers supported in a financial year by age band, the cared-for person's main need and support type. */
export async function getSaltLts003(year: number, signal?: AbortSignal): Promise<Lts003Report> {
  const { data } = await apiClient.GET('/api/statutory-returns/salt-lts003', { params: { query: { year } }, signal });
  const report = required(data);
  // The operation also answers CSV (text/csv, a string); without format=csv it answers JSON.
  if (typeof report === 'string') throw new Error('The API answered CSV where JSON was asked for');
  return report;
}

/** The same as CSV, every row (zeros included), to save as a file. */
export async function getSaltLts003Csv(year: number): Promise<ReturnFile> {
  const { data, response } = await apiClient.GET('/api/statutory-returns/salt-lts003', { params: { query: { year, format: 'csv' } }, parseAs: 'blob' });
  const blob = data instanceof Blob ? data : new Blob([], { type: 'text/csv' });
  return { blob, fileName: fileNameFrom(response.headers.get('Content-Disposition'), `salt-lts003-${yearLabel(year).replace('/', '-')}.csv`) };
}

export function useSaltLts003(year: number) {
  return useQuery({ queryKey: ['statutory-returns', 'salt-lts003', year], queryFn: ({ signal }) => getSaltLts003(year, signal), staleTime: 0 });
}

export function useDownloadSaltLts003() {
  return useMutation({ mutationFn: (year: number) => getSaltLts003Csv(year) });
}
