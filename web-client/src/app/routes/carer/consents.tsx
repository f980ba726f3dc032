import { useLocation, useNavigate, useParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useMyPartnerReferrals } from '@/features/consents/api/list-my-partner-referrals';
import { AnswerPartnerReferralForm } from '@/features/consents/components/answer-partner-referral-form';
import { ConsentsOverview, isConsentPurpose, type ConsentBanner } from '@/features/consents/components/consents-overview';
import { consentsPath } from '@/features/consents/paths';
import { GiveConsentForm } from '@/features/consents/components/give-consent-form';
import { WithdrawConsentForm } from '@/features/consents/components/withdraw-consent-form';
import { useCarerRecord } from './carer-area';

export function ConsentsRoute() {
  const record = useCarerRecord();
  const state: unknown = useLocation().state;
  const banner = (state as { banner?: ConsentBanner } | null)?.banner;
  return <ConsentsOverview consents={record.data.consents ?? []} referrals={record.data.referrals ?? []} banner={banner} />;
}

export function GiveConsentRoute() {
  const { purpose } = useParams();
  const navigate = useNavigate();
  if (!isConsentPurpose(purpose)) return <PageNotFound />;
  return <GiveConsentForm purpose={purpose} onGiven={() => void navigate(consentsPath, { state: { banner: { kind: 'given', purpose } } })} />;
}

export function WithdrawConsentRoute() {
  const { purpose } = useParams();
  const navigate = useNavigate();
  // Not checked against the record: it changes to "withdrawn" while this page is on its way to
  // the list, and the API answers 404 if nothing was in force.
  if (!isConsentPurpose(purpose)) return <PageNotFound />;
  return (
    <WithdrawConsentForm purpose={purpose} onWithdrawn={() => void navigate(consentsPath, { state: { banner: { kind: 'withdrawn', purpose } } })} />
  );
}

export function AnswerReferralRoute() {
  const { referralId } = useParams();
  const navigate = useNavigate();
  const referrals = useMyPartnerReferrals();
  if (referrals.isPending) return <PageLoading title="Sharing your information" />;
  if (referrals.isError) return <ServiceProblem error={referrals.error} />;
  const referral = referrals.data.find((candidate) => candidate.referralId === referralId);
  // Answered already (or never theirs): nothing to ask.
  if (!referral) return <PageNotFound />;
  return (
    <AnswerPartnerReferralForm
      referral={referral}
      onAnswered={(answer) =>
        void navigate(consentsPath, { state: { banner: { kind: answer === 'confirm' ? 'given' : 'refused', purpose: referral.purpose } } })
      }
    />
  );
}
