import { useTranslation } from 'react-i18next';
import type { GrantPurpose, GrantStatus } from '@/lib/api/types';

/** What each grant purpose is called, in the pages' language, in the contract's order. */
export function useGrantPurposes(): Record<GrantPurpose, string> {
  const { t } = useTranslation('grants');
  return {
    break: t('purposes.break'),
    equipment: t('purposes.equipment'),
    drivingLessons: t('purposes.drivingLessons'),
    training: t('purposes.training'),
    leisure: t('purposes.leisure'),
    other: t('purposes.other'),
  };
}

export function useGrantStatuses(): Record<GrantStatus, string> {
  const { t } = useTranslation('grants');
  return {
    submitted: t('statuses.submitted'),
    approved: t('statuses.approved'),
    declined: t('statuses.declined'),
    paid: t('statuses.paid'),
    cancelled: t('statuses.cancelled'),
  };
}
