import { useTranslation } from 'react-i18next';
import type { BreakStatus, BreakType } from '@/lib/api/types';
import { currentLocale } from '@/i18n/i18n';

/** The words for the contract's break codes, in the pages' language. */
export function useBreakWords() {
  const { t } = useTranslation('breaks');
  const types: Record<BreakType, string> = {
    sittingService: t('types.sittingService'),
    shortBreak: t('types.shortBreak'),
    residentialRespite: t('types.residentialRespite'),
    sharedLives: t('types.sharedLives'),
    dayOpportunities: t('types.dayOpportunities'),
  };
  /** Lower case, for the middle of a sentence ("places left for short breaks"). */
  const typesInSentence: Record<BreakType, string> = {
    sittingService: t('typesInSentence.sittingService'),
    shortBreak: t('typesInSentence.shortBreak'),
    residentialRespite: t('typesInSentence.residentialRespite'),
    sharedLives: t('typesInSentence.sharedLives'),
    dayOpportunities: t('typesInSentence.dayOpportunities'),
  };
  const statuses: Record<BreakStatus, string> = {
    requested: t('statuses.requested'),
    approved: t('statuses.approved'),
    declined: t('statuses.declined'),
    confirmed: t('statuses.confirmed'),
    completed: t('statuses.completed'),
    cancelled: t('statuses.cancelled'),
  };
  /** A type or status in the middle of a sentence ("the short break for Bola"). */
  const lower = (text: string) => text.toLocaleLowerCase(currentLocale());
  return { t, types, typesInSentence, statuses, lower };
}
