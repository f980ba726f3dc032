import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServiceNavigation as GovukServiceNavigation } from 'govuk-frontend';
import { useGovukModule } from '@/components/govuk/use-govuk-module';
import { serviceName } from '@/hooks/use-page-title';

export type NavigationItem = { to: string; text: string; current: 'page' | 'section' | false };

/**
 * A council service: GOV.UK's Generic header (no crown, no GOV.UK logo) with the service's
 * name, and the Service navigation under it once someone has signed in.
 */
export function Header({ navigation, signOut }: { navigation: NavigationItem[]; signOut: boolean }) {
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">
              {serviceName}
            </Link>
          </div>
        </div>
      </div>
      {navigation.length > 0 || signOut ? (
        <ServiceNavigation
          key={navigation.map((item) => item.to).join('|')}
          navigation={navigation}
          signOut={signOut}
        />
      ) : null}
    </header>
  );
}

function ServiceNavigation({ navigation, signOut }: { navigation: NavigationItem[]; signOut: boolean }) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLElement>(null);
  useGovukModule(ref, GovukServiceNavigation, 'govuk-service-navigation');
  const items: NavigationItem[] = signOut ? [...navigation, { to: '/sign-out', text: t('header.signOut'), current: false }] : navigation;
  const collapseOnMobile = items.length > 1;

  return (
    <section aria-label={t('header.serviceInformation')} className="govuk-service-navigation" data-module="govuk-service-navigation" ref={ref}>
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={t('header.navigationLabel')} className="govuk-service-navigation__wrapper">
            {collapseOnMobile ? (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls="navigation"
                hidden
                aria-hidden="true"
              >
                {t('header.menu')}
              </button>
            ) : null}
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li
                  key={item.to}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <Link
                    className="govuk-service-navigation__link"
                    to={item.to}
                    aria-current={item.current === 'page' ? 'page' : item.current === 'section' ? 'true' : undefined}
                  >
                    {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
