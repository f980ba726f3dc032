import { Link, Navigate } from 'react-router';
import { StartButton } from '@/components/govuk/button';
import { InsetText } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';
import { areaForRole } from '@/lib/auth/session';

/** "/": the start page for someone not signed in; anyone signed in goes to where their work starts. */
export function HomeRoute() {
  const { session } = useAuth();
  if (!session) return <ServiceStartPage />;
  switch (areaForRole(session.role)) {
    case 'carer':
      return <Navigate to="/home" replace />;
    case 'assessor':
      return <Navigate to="/carers" replace />;
    case 'grants':
      return <Navigate to="/grant-applications" replace />;
    case 'duty':
      return <Navigate to="/emergency-card" replace />;
    case 'dataProtection':
      return <Navigate to="/data-protection" replace />;
    default:
      return <Navigate to="/staff" replace />;
  }
}

/**
 * GOV.UK's start page, written for someone who looks after a person and may never have called
 * themselves a carer. Plain English for a reading age of 9: home.test.tsx scores it.
 */
export function ServiceStartPage() {
  usePageTitle('Do you look after someone?');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Do you look after someone?</h1>
        <p className="govuk-body-l">Do you help someone who could not cope without you?</p>
        <p className="govuk-body">
          It might be your mum or dad, your child, your partner, a friend or a neighbour. They may be ill, disabled or getting older. They may have a
          mental health problem, or a problem with drink or drugs.
        </p>
        <p className="govuk-body">
          If so, you are a carer. Lots of carers do not call themselves that. You do not need to be paid, or to live with them.
        </p>

        <h2 className="govuk-heading-m">Help you can get</h2>
        <p className="govuk-body">Luton Borough Council, Carers Central and CHUMS can help you with:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>a carer’s assessment, where we talk with you about your life and what would help</li>
          <li>a grant, which is money for something that makes your life a bit better</li>
          <li>a break, so you can rest while someone else helps</li>
          <li>an emergency plan, so the person you look after is safe if you are ill or hurt</li>
          <li>information and advice, in large print, easy read, audio or your own language if you need it</li>
        </ul>

        <h2 className="govuk-heading-m">What you can do here</h2>
        <p className="govuk-body">Use this service to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>tell us you look after someone</li>
          <li>ask for an assessment, or fill one in yourself</li>
          <li>ask for a grant or a break</li>
          <li>make an emergency plan and get a card to carry with you</li>
        </ul>
        <p className="govuk-body">
          First you sign in. If you are new, you then tell us a bit about you. It takes about 5 minutes.
        </p>
        <InsetText>A mum, dad or guardian can sign up a child who is a young carer.</InsetText>
        <StartButton to="/sign-in">Start now</StartButton>

        <h2 className="govuk-heading-m">Find help near you</h2>
        <p className="govuk-body">
          You do not need to sign in to see our list of groups that help carers. It tells you how to get in touch and when they are open.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/directory">
            Find local help for carers
          </Link>
        </p>
      </div>
    </div>
  );
}
