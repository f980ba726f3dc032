import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useRefreshMyCarerRecord } from '@/features/carer-details/api/get-my-carer-record';
import { ChangeDetailsForm } from '@/features/carer-details/components/change-details-form';
import { YourDetails } from '@/features/carer-details/components/your-details';
import { PartnerReferralBanner } from '@/features/consents/components/partner-referral-banner';
import { SurveyInvitation } from '@/features/survey/components/survey-invitation';
import { useCarerRecord } from './carer-area';

export function YourDetailsRoute() {
  const record = useCarerRecord();
  const state: unknown = useLocation().state;
  const updated = (state as { updated?: boolean } | null)?.updated === true;
  return (
    <>
      {updated ? null : <PartnerReferralBanner />}
      {updated ? null : <SurveyInvitation />}
      <YourDetails record={record.data} updated={updated} />
    </>
  );
}

export function ChangeDetailsRoute() {
  const record = useCarerRecord();
  const navigate = useNavigate();
  const refreshRecord = useRefreshMyCarerRecord();
  const [conflict, setConflict] = useState(false);

  return (
    <ChangeDetailsForm
      // A new ETag (after a 412 and a fresh read) starts the form again from the latest details.
      key={record.etag ?? 'no-etag'}
      record={record}
      conflict={conflict}
      onConflict={() => {
        setConflict(true);
        refreshRecord();
      }}
      onSaved={() => void navigate('/your-details', { state: { updated: true } })}
    />
  );
}
