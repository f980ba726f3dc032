import { useTranslation } from 'react-i18next';
import { PageLoading } from '@/components/layout/page-states';
import { useMyAssessments } from '@/features/assessments/api/list-my-assessments';
import { useMyBreaks } from '@/features/breaks/api/list-my-breaks';
import { CarerHomePage, type Loaded } from '@/features/carer-home/components/carer-home-page';
import { useMyPartnerReferrals } from '@/features/consents/api/list-my-partner-referrals';
import { useMyEmergencyPlans } from '@/features/emergency-plans/api/list-my-emergency-plans';
import { useMyGrants } from '@/features/grants/api/list-my-grants';
import { MyNotices } from '@/features/notices/components/my-notices';
import { todayIso } from '@/lib/validation/date';
import { useCarerRecord } from './carer-area';

const loaded = <T,>(query: { data: T | undefined; isError: boolean }): Loaded<T> => ({ data: query.data, failed: query.isError });

/**
 * `/home`: the carer's home page, where they land after signing in. It reads what the carer's own
 * pages read (each through its feature's query hook, so a page opened from here is already loaded)
 * and says what is happening and what to do next. A read that fails leaves its card saying so.
 */
export function CarerHomeRoute() {
  const { t } = useTranslation('home');
  const record = useCarerRecord().data;
  const assessments = useMyAssessments();
  const grants = useMyGrants();
  const breaks = useMyBreaks();
  const plans = useMyEmergencyPlans();
  const referrals = useMyPartnerReferrals();

  if ([assessments, grants, breaks, plans, referrals].some((query) => query.isPending)) {
    return <PageLoading title={t('title')} />;
  }
  return (
    <CarerHomePage
      data={{
        name: `${record.givenName ?? ''} ${record.familyName ?? ''}`.trim(),
        today: todayIso(),
        assessments: loaded(assessments),
        grants: loaded(grants),
        breaks: loaded(breaks),
        emergencyPlans: { data: plans.data?.plans, failed: plans.isError },
        referrals: loaded(referrals),
      }}
      notices={<MyNotices />}
    />
  );
}
