import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { paths } from '@/config/paths';
import { useCarerForChange } from '@/features/staff-carer-details/api/get-carer-for-change';
import { ChangeCarerDetails } from '@/features/staff-carer-details/components/change-carer-details';
import { RegisterCarerByStaff } from '@/features/staff-carer-details/components/register-carer-by-staff';
import type { AccessReason } from '@/lib/api/access-reason';
import { isApiError } from '@/lib/api/api-error';

/** Registered carers open on their record with a banner saying so; the officer is doing casework (decision 0025). */
export type CarerRecordState = { banner?: string; accessReason?: AccessReason };

export function RegisterCarerByStaffRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const nhsNumber = params.get('nhsNumber') ?? undefined;
  return (
    <RegisterCarerByStaff
      {...(nhsNumber ? { fromGpNhsNumber: nhsNumber } : {})}
      onRegistered={(record) =>
        void navigate(paths.carer(record.id), {
          state: { banner: `${record.givenName} ${record.familyName} is registered as a carer`, accessReason: 'casework' } satisfies CarerRecordState,
        })
      }
    />
  );
}

export function ChangeCarerDetailsRoute() {
  const { carerId = '' } = useParams();
  const navigate = useNavigate();
  const [conflict, setConflict] = useState(false);
  const query = useCarerForChange(carerId);
  if (query.isPending) return <PageLoading title="Change the carer’s details" />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <PageNotFound />;
    return <ServiceProblem error={query.error} />;
  }
  return (
    <ChangeCarerDetails
      key={query.data.etag ?? ''}
      record={query.data}
      conflict={conflict}
      onConflict={() => {
        setConflict(true);
        void query.refetch();
      }}
      onSaved={(response) =>
        void navigate(paths.carer(carerId), {
          state: {
            banner:
              response.probableMatchesQueued > 0
                ? 'Details saved. They now look like another record: the pair is in the match queue for a decision.'
                : 'Details saved',
          } satisfies CarerRecordState,
        })
      }
    />
  );
}
