import { StartButton } from '@/components/govuk/button';
import { InsetText } from '@/components/govuk/misc';
import { usePageTitle } from '@/hooks/use-page-title';
import { stepPath } from '../registration-answers';

export function StartPage() {
  usePageTitle('Register as a carer');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Register as a carer</h1>
        <p className="govuk-body">
          You are a carer if you look after a family member, partner or friend who could not manage without your help, because of illness,
          disability, a mental health condition, frailty or an addiction. You do not need to be paid, or to live with them.
        </p>
        <p className="govuk-body">Registering lets Luton Borough Council, Carers Central and CHUMS offer you support, such as:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>a carer’s assessment of your own needs</li>
          <li>breaks from caring</li>
          <li>a carers grant for something that helps your wellbeing</li>
          <li>an emergency plan, so the person you care for is looked after if something happens to you</li>
        </ul>
        <p className="govuk-body">
          A parent or guardian can register a young carer under 18. Registering takes about 5 minutes.
        </p>
        <InsetText>You can ask for information in large print, easy read, audio, British Sign Language or another language.</InsetText>
        <StartButton to={stepPath('who')}>Start now</StartButton>
      </div>
    </div>
  );
}
