import { usePageTitle } from '@/hooks/use-page-title';

export function PrivacyRoute() {
  usePageTitle('Privacy notice');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          Luton Borough Council is the data controller for the information you give Luton Carers. We use it to identify and support carers
          under the Care Act 2014.
        </p>
        <p className="govuk-body">
          We only share your information with Carers Central, CHUMS or your GP if you agree. You can withdraw your agreement at any time,
          and we stop sharing straight away.
        </p>
        <p className="govuk-body">
          Every time someone reads or changes your record, we keep a note of who, when and why. You can ask for a copy of everything we
          hold about you.
        </p>
      </div>
    </div>
  );
}
