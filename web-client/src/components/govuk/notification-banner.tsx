import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type NotificationBannerProps = {
  heading: ReactNode;
  children?: ReactNode;
  type?: 'important' | 'success';
  title?: string;
};

/**
 * GOV.UK notification banner. A success banner is an alert and takes focus when shown, as
 * govuk-frontend's script does; it is done here in React so the banner can be re-shown
 * without re-initialising a script on the same element.
 */
export function NotificationBanner({ heading, children, type = 'important', title }: NotificationBannerProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  // Two banners on one page (an invitation and a request to answer) each need their own title id.
  const titleId = useId();
  const isSuccess = type === 'success';

  useEffect(() => {
    if (!isSuccess || !ref.current) return;
    ref.current.setAttribute('tabindex', '-1');
    ref.current.focus();
  }, [isSuccess]);

  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${isSuccess ? ' govuk-notification-banner--success' : ''}`}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      onBlur={(event) => event.currentTarget.removeAttribute('tabindex')}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? t('components.success') : t('components.important'))}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
