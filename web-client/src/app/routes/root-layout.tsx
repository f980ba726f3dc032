import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Footer } from '@/components/layout/footer';
import { Header, type NavigationItem } from '@/components/layout/header';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { PhaseBanner } from '@/components/layout/phase-banner';
import { SkipLink } from '@/components/layout/skip-link';
import { TranslationNotice } from '@/components/layout/translation-notice';
import { paths } from '@/config/paths';
import { caseloadPaths } from '@/features/caseload/paths';
import { useMySurvey } from '@/features/survey/api/get-my-survey';
import { surveyPaths } from '@/features/survey/paths';
import { chosenLanguage } from '@/i18n/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';
import { SessionEndedNotice } from '@/features/auth/components/session-ended-notice';

/** The carer's navigation: the text is a key in the common namespace, said in the pages' language. */
const carerNavigation = [
  { to: '/home', key: 'home' },
  { to: '/your-details', key: 'yourDetails' },
  { to: '/people-you-care-for', key: 'people' },
  { to: '/sharing-your-information', key: 'sharing' },
  { to: '/your-assessment', key: 'assessment' },
  { to: '/grants', key: 'grants' },
  { to: '/breaks', key: 'breaks' },
  { to: '/emergency-plans', key: 'emergencyPlans' },
  { to: paths.yourInformationRequests, key: 'otherFormats' },
  { to: paths.yourFeedback, key: 'feedback' },
  { to: paths.directory, key: 'localHelp' },
  { to: paths.yourData, key: 'yourData' },
] as const;

type CarerNavigationKey = (typeof carerNavigation)[number]['key'] | 'survey';

const assessorNavigation = [
  { to: caseloadPaths.mine, text: 'My caseload' },
  { to: '/carers', text: 'Search carers' },
  { to: paths.gpFlags, text: 'GP flag feed' },
  { to: paths.gpWorklist, text: 'GP worklist' },
  { to: paths.matchQueue, text: 'Match queue' },
  { to: paths.gpExtractUpload, text: 'Upload a GP extract' },
  { to: '/assessments', text: 'Assessments' },
  { to: paths.breakQueue, text: 'Breaks' },
  { to: paths.breakProviders, text: 'Break providers' },
  { to: paths.emergencyPlanReviews, text: 'Plan reviews' },
  { to: paths.informationQueue, text: 'Information requests' },
  { to: paths.complaintsQueue, text: 'Complaints' },
];

const managerNavigation = [
  { to: '/staff', text: 'Home' },
  { to: paths.reports, text: 'Reports' },
  { to: caseloadPaths.team, text: 'Team caseload' },
  { to: paths.partnerWebhooks, text: 'Partner webhooks' },
  { to: paths.breakProviders, text: 'Break providers' },
  { to: paths.manageDirectory, text: 'Directory' },
  { to: paths.informationQueue, text: 'Information requests' },
  { to: paths.complaintsQueue, text: 'Complaints' },
  { to: paths.surveyYears, text: 'Carers’ survey' },
  { to: paths.statutoryReturns, text: 'Statutory returns' },
];

const dutyNavigation = [{ to: paths.emergencyCardLookUp, text: 'Look up a card' }];

const dataProtectionNavigation = [
  { to: paths.dataProtection, text: 'Home' },
  { to: paths.subjectAccessRequests, text: 'Subject access requests' },
  { to: paths.retentionReview, text: 'Retention review' },
];

const grantsNavigation = [
  { to: paths.grantApplications, text: 'Grant applications' },
  { to: paths.grantBudget, text: 'Grant budget' },
];

/** Offered to a carer in the navigation while this year's survey is open and they have not answered it. */
const surveyNavigation = { to: surveyPaths.start, key: 'survey' } as const;

function navigationFor(
  role: string | undefined,
  pathname: string,
  surveyOffered: boolean,
  carerText: (key: CarerNavigationKey) => string,
): NavigationItem[] {
  if (!role) return [];
  const area = areaForRole(role);
  const carerLinks: readonly { to: string; key: CarerNavigationKey }[] = surveyOffered ? [...carerNavigation, surveyNavigation] : carerNavigation;
  const carerItems = carerLinks.map((item) => ({ to: item.to, text: carerText(item.key) }));
  const items =
    area === 'carer'
      ? pathname.startsWith('/register')
        ? []
        : carerItems
      : area === 'assessor'
        ? assessorNavigation
        : area === 'manager'
          ? managerNavigation
          : area === 'grants'
            ? grantsNavigation
            : area === 'duty'
              ? dutyNavigation
              : area === 'dataProtection'
                ? dataProtectionNavigation
                : [{ to: '/staff', text: 'Home' }];
  return items.map((item) => ({
    ...item,
    current: pathname === item.to ? 'page' : pathname.startsWith(`${item.to}/`) ? 'section' : false,
  }));
}

/**
 * After an in-app navigation, focus moves to the new page's heading (or its main content), so
 * a screen reader announces the page and keyboard users start from its top, as a page load would.
 * A page that shows "Loading…" first replaces its heading when its data arrives, which drops the
 * focus to the document: for a few seconds after the navigation, until the person acts, the new
 * heading takes the focus again whenever it has fallen to nothing.
 */
function useFocusOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    if (!main) return;
    const focusStart = () => {
      const active = document.activeElement;
      // Something on the new page (an error summary, a success banner, the heading) has the focus.
      if (active && active !== document.body && main.contains(active)) return;
      const target = main.querySelector<HTMLElement>('h1') ?? main;
      target.setAttribute('tabindex', '-1');
      target.focus();
    };
    const frame = requestAnimationFrame(focusStart);
    const observer = new MutationObserver(() => {
      if (document.activeElement === document.body || document.activeElement === null) focusStart();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = () => observer.disconnect();
    const settled = setTimeout(stop, 5000);
    document.addEventListener('keydown', stop, { once: true, capture: true });
    document.addEventListener('pointerdown', stop, { once: true, capture: true });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settled);
      stop();
      document.removeEventListener('keydown', stop, { capture: true });
      document.removeEventListener('pointerdown', stop, { capture: true });
    };
  }, [pathname]);
}

/**
 * Staff pages are in English (council staff work in English, decision 0038): a staff session shows
 * them in English whatever was chosen on this device, without forgetting that choice.
 */
function useStaffInEnglish(staff: boolean) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (staff && i18n.language !== 'en') void i18n.changeLanguage('en');
    else if (!staff) {
      const chosen = chosenLanguage();
      if (chosen && i18n.language !== chosen) void i18n.changeLanguage(chosen);
    }
  }, [staff, i18n]);
}

export function RootLayout() {
  const { t } = useTranslation('common');
  const { session } = useAuth();
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname);
  const staff = session ? areaForRole(session.role) !== 'carer' : false;
  useStaffInEnglish(staff);
  const carer = session ? areaForRole(session.role) === 'carer' && !pathname.startsWith('/register') : false;
  const survey = useMySurvey(carer);
  const surveyOffered = carer && survey.data?.open === true && !survey.data.answered;

  return (
    <>
      <SkipLink />
      <Header
        navigation={navigationFor(session?.role, pathname, surveyOffered, (key) => t(`navigation.${key}`))}
        signOut={Boolean(session)}
      />
      <div className="govuk-width-container">
        <PhaseBanner />
        {staff ? null : <LanguageSwitcher />}
        {staff ? null : <TranslationNotice />}
        <main className="govuk-main-wrapper" id="main-content">
          <SessionEndedNotice />
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}
