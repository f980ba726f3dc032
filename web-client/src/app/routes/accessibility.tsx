import { usePageTitle } from '@/hooks/use-page-title';

export function AccessibilityRoute() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for Luton Carers</h1>
        <p className="govuk-body">
          Luton Borough Council runs this service. We want as many people as possible to be able to use it. You should be able to change
          colours, contrast levels and fonts, zoom in up to 400% without the text spilling off the screen, and get around it using just a
          keyboard, speech recognition software or a screen reader.
        </p>
        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">
          We built this service to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard, using the GOV.UK Design
          System, and we test every page with automated accessibility checks. The service has not yet been audited by an independent
          specialist.
        </p>
        <h2 className="govuk-heading-m">Asking for information in a different format</h2>
        <p className="govuk-body">
          You can ask for information in large print, easy read, audio recording, British Sign Language or another language. Tell us what
          you need when you register, or call the Carers Central helpline.
        </p>
      </div>
    </div>
  );
}
