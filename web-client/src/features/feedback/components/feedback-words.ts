import { useTranslation } from 'react-i18next';
import type { FeedbackAbout } from '@/lib/api/types';

/** The carer's words for what feedback is about, in the contract's order and the pages' language. */
export function useFeedbackAbouts(): [FeedbackAbout, string][] {
  const { t } = useTranslation('feedback');
  const abouts: FeedbackAbout[] = ['assessment', 'supportPlan', 'grant', 'break', 'emergencyPlan', 'information', 'staff', 'other'];
  return abouts.map((about) => [about, t(`abouts.${about}`)]);
}
