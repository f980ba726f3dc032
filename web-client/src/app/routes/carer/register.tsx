import { Outlet, useOutletContext } from 'react-router';
import { ConfirmationPage } from '@/features/registration/components/confirmation-page';
import { RegistrationProvider } from '@/features/registration/registration-context';
import { useAuth } from '@/lib/auth/auth-context';
import type { CarerOutletContext } from './carer-area';

/** The registration questions share one set of answers, kept per signed-in person. */
export function RegisterRoute() {
  const { session } = useAuth();
  return (
    <RegistrationProvider subject={session?.subject ?? 'anonymous'}>
      <Outlet />
    </RegistrationProvider>
  );
}

export function RegistrationConfirmationRoute() {
  const context = useOutletContext<CarerOutletContext | undefined>();
  const record = context?.record.data;
  return <ConfirmationPage reference={record?.id} parent={record?.registeredBy === 'parent'} />;
}
