import { useState } from 'react';
import { Button } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { useAuth } from '@/lib/auth/auth-context';

/**
 * Shown above the page when the session ends mid-journey. Signing in again happens in a popup,
 * so the page underneath, and everything typed into it, stays as it was.
 */
export function SessionEndedNotice() {
  const { sessionEnded, signInAgain } = useAuth();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!sessionEnded) return null;

  async function again() {
    setBusy(true);
    setFailed(false);
    try {
      await signInAgain();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <NotificationBanner heading="Your session has ended">
      <p className="govuk-body">To keep your information safe, you were signed out. What you have typed on this page is kept.</p>
      {failed ? (
        <p className="govuk-body govuk-!-font-weight-bold">
          You were not signed in. If no sign-in window opened, allow pop-up windows for this site and try again.
        </p>
      ) : null}
      <Button type="button" onClick={() => void again()} disabled={busy}>
        Sign in again
      </Button>
    </NotificationBanner>
  );
}
