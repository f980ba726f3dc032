import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Footer } from '@/components/layout/footer';
import { Header, type NavigationItem } from '@/components/layout/header';
import { PhaseBanner } from '@/components/layout/phase-banner';
import { SkipLink } from '@/components/layout/skip-link';
import { paths } from '@/config/paths';
import { caseloadPaths } from '@/features/caseload/paths';
import { useMySurvey } from '@/features/survey/api/get-my-survey';
import { surveyPaths } from '@/features/survey/paths';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';
import { SessionEndedNotice } from '@/features/auth/components/session-ended-notice';

const carerNavigation = [
  { to: '/home', text: 'Home' },
  { to: '/your-details', text: 'Your details' },
  { to: '/people-you-care-for', text: 'People you care for' },
  { to: '/sharing-your-information', text: 'Sharing your information' },
  { to: '/your-assessment', text: 'Your assessment' },
  { to: '/grants', text: 'Grants' },
  { to: '/breaks', text: 'Breaks' },
  { to: '/emergency-plans', text: 'Emergency plans' },
  { to: paths.yourInformationRequests, text: 'Other formats' },
  { to: paths.yourFeedback, text: 'Feedback' },
  { to: paths.directory, text: 'Local help' },
  { to: paths.yourData, text: 'Your data' },
];

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
const surveyNavigation = { to: surveyPaths.start, text: 'Tell us how we are doing' };

function navigationFor(role: string | undefined, pathname: string, surveyOffered: boolean): NavigationItem[] {
  if (!role) return [];
  const area = areaForRole(role);
  const items =
    area === 'carer'
      ? pathname.startsWith('/register')
        ? []
        : surveyOffered
          ? [...carerNavigation, surveyNavigation]
          : carerNavigation
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

export function RootLayout() {
  const { session } = useAuth();
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname);
  const carer = session ? areaForRole(session.role) === 'carer' && !pathname.startsWith('/register') : false;
  const survey = useMySurvey(carer);
  const surveyOffered = carer && survey.data?.open === true && !survey.data.answered;

  return (
    <>
      <SkipLink />
      <Header navigation={navigationFor(session?.role, pathname, surveyOffered)} signOut={Boolean(session)} />
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper" id="main-content">
          <SessionEndedNotice />
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}
