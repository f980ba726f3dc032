import { Link } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { partnerName } from '@/lib/reference-data';
import { useMyPartnerReferrals } from '../api/list-my-partner-referrals';
import { answerReferralPath } from '../paths';

/**
 * While a partner that referred the carer waits for their answer (decision 0024): the partner
 * sees nothing of their record until they agree.
 */
export function PartnerReferralBanner() {
  const referrals = useMyPartnerReferrals();
  const awaiting = referrals.data ?? [];
  if (awaiting.length === 0) return null;
  const names = awaiting.map((referral) => partnerName(referral.partner));
  const heading = `${names.join(' and ')} ${names.length > 1 ? 'have' : 'has'} referred you. Do you agree to share your record with ${names.length > 1 ? 'each of them' : 'them'}?`;
  return (
    <NotificationBanner heading={heading}>
      {awaiting.map((referral) => (
        <p className="govuk-body" key={referral.referralId}>
          <Link className="govuk-notification-banner__link" to={answerReferralPath(referral.referralId)}>
            Answer {partnerName(referral.partner)}’s referral
          </Link>
        </p>
      ))}
    </NotificationBanner>
  );
}
