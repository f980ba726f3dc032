import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { useAuth } from '@/lib/auth/auth-context';

/**
 * Shown above the page when the session ends mid-journey. Signing in again happens in a popup,
 * so the page underneath, and everything typed into it, stays as it was.
 */
export function SessionEndedNotice() {
  const { t } = useTranslation('common');
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
    <NotificationBanner heading={t('signIn.sessionEnded')}>
      <p className="govuk-body">{t('signIn.sessionEndedText')}</p>
      {failed ? (
        <p className="govuk-body govuk-!-font-weight-bold">
          {t('signIn.popupFailed')}
        </p>
      ) : null}
      <Button type="button" onClick={() => void again()} disabled={busy}>
        {t('signIn.signInAgain')}
      </Button>
    </NotificationBanner>
  );
}
