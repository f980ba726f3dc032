import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ChangeDetailsForm } from '@/features/carer-details/components/change-details-form';
import { YourDetails } from '@/features/carer-details/components/your-details';
import { queryKeys } from '@/lib/api/query-keys';
import { useCarerRecord } from './carer-area';

export function YourDetailsRoute() {
  const record = useCarerRecord();
  const { state } = useLocation();
  const updated = (state as { updated?: boolean } | null)?.updated === true;
  return <YourDetails record={record.data} updated={updated} />;
}

export function ChangeDetailsRoute() {
  const record = useCarerRecord();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);

  return (
    <ChangeDetailsForm
      // A new ETag (after a 412 and a fresh read) starts the form again from the latest details.
      key={record.etag ?? 'no-etag'}
      record={record}
      conflict={conflict}
      onConflict={() => {
        setConflict(true);
        void queryClient.invalidateQueries({ queryKey: queryKeys.myCarerRecord });
      }}
      onSaved={() => navigate('/your-details', { state: { updated: true } })}
    />
  );
}
