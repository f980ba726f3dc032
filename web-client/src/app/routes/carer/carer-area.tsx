import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useMyCarerRecord } from '@/features/carer-details/api/get-my-carer-record';
import { applyPreferredLanguage } from '@/i18n/i18n';
import { isApiError } from '@/lib/api/api-error';
import type { CarerRecord, Versioned } from '@/lib/api/types';

export type CarerOutletContext = { record: Versioned<CarerRecord> };

/** The signed-in carer's record, for the carer pages under this route. */
export function useCarerRecord(): Versioned<CarerRecord> {
  return useOutletContext<CarerOutletContext>().record;
}

/**
 * Everything a carer sees needs their record, except registering: someone not registered yet
 * (GetMyCarerRecord answers 404) is sent to register, and someone registered is kept out of it.
 */
export function CarerArea() {
  const { pathname } = useLocation();
  const query = useMyCarerRecord();
  const registering = pathname === '/register' || pathname.startsWith('/register/');
  const { t } = useTranslation(['registration', 'details']);
  const preferredLanguage = query.data?.data.preferredLanguage;

  // A carer who has not chosen a language on this device reads the pages in their record's language.
  useEffect(() => {
    void applyPreferredLanguage(preferredLanguage);
  }, [preferredLanguage]);

  if (query.isPending) return <PageLoading title={registering ? t('registration:start.title') : t('details:title')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return registering ? <Outlet /> : <Navigate to="/register" replace />;
    }
    return <ServiceProblem error={query.error} />;
  }
  if (registering && pathname !== '/register/confirmation') return <Navigate to="/home" replace />;
  return <Outlet context={{ record: query.data } satisfies CarerOutletContext} />;
}
