import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useCarer } from '@/features/carer-search/api/get-carer';
import { AddCaredForPersonForCarerForm } from '@/features/cared-for-people/components/add-cared-for-person-for-carer-form';
import { AccessReasonQuestion } from '@/features/carer-search/components/access-reason-question';
import { CarerRecordView } from '@/features/carer-search/components/carer-record-view';
import { RecordConsentForCarerForm } from '@/features/consents/components/record-consent-for-carer-form';
import { paths } from '@/config/paths';
import { isAccessReason, rememberAccessReason, rememberedAccessReason, type AccessReason } from '@/lib/api/access-reason';
import { isApiError } from '@/lib/api/api-error';

/**
 * A staff member opens a carer's record for a reason (decision 0025): the one a queue or search gave in the link's
 * state, or the one chosen for this record earlier in the session; otherwise they choose one before it is shown.
 */
export function CarerRoute() {
  const { carerId = '' } = useParams();
  const state: unknown = useLocation().state;
  const linkReason = (state as { accessReason?: unknown } | null)?.accessReason;
  const [chosen, setChosen] = useState<Record<string, AccessReason>>({});
  const reason = chosen[carerId] ?? (isAccessReason(linkReason) ? linkReason : undefined) ?? rememberedAccessReason(carerId);
  useEffect(() => {
    if (reason) rememberAccessReason(carerId, reason);
  }, [carerId, reason]);
  const backTo = (state as { from?: string } | null)?.from ?? '/carers';
  const banner = (state as { banner?: string } | null)?.banner;
  const backText = backTo.startsWith(paths.gpFlags)
    ? 'Back to the GP flag feed'
    : backTo.startsWith(paths.matchQueue)
      ? 'Back to the match'
      : 'Back to search results';
  const query = useCarer(carerId, reason);
  if (!reason) {
    return (
      <AccessReasonQuestion
        question="Why are you opening this carer’s record?"
        backTo={{ to: backTo, text: backText }}
        onChosen={(picked) => setChosen((current) => ({ ...current, [carerId]: picked }))}
      />
    );
  }
  if (query.isPending) return <PageLoading title="Carer record" />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <PageNotFound />;
    return <ServiceProblem error={query.error} />;
  }
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <CarerRecordView record={query.data} backTo={backTo} backText={backText} accessReason={reason} />
    </>
  );
}

export function RecordConsentRoute() {
  const { carerId = '' } = useParams();
  const navigate = useNavigate();
  const state = useLocation().state as { carerName?: string; from?: string } | null;
  const backTo = paths.carer(carerId);
  return (
    <RecordConsentForCarerForm
      carerId={carerId}
      carerName={state?.carerName}
      backTo={backTo}
      // Back to the record, whose consents now list it; its own back link still leads where it did.
      onRecorded={() => void navigate(backTo, { state: { from: state?.from } })}
    />
  );
}

export function AddCaredForPersonForCarerRoute() {
  const { carerId = '' } = useParams();
  const navigate = useNavigate();
  const state = useLocation().state as { carerName?: string; from?: string } | null;
  const backTo = paths.carer(carerId);
  return (
    <AddCaredForPersonForCarerForm
      carerId={carerId}
      carerName={state?.carerName}
      backTo={backTo}
      // Back to the record, which now lists the person (and any other carers of theirs).
      onAdded={(name) => void navigate(backTo, { state: { from: state?.from, banner: `${name} added to the people they care for` } })}
    />
  );
}
