import { Link } from 'react-router';

/** GOV.UK footer markup without the crown and Crown copyright, which belong to central government. */
export function Footer() {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility">
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/privacy">
                    Privacy notice
                  </Link>
                </li>
              </ul>
              <div className="govuk-footer__meta-custom">
                Luton Carers is run by Luton Borough Council with Carers Central and CHUMS.
              </div>
            </div>
            <div className="govuk-footer__meta-item">© Luton Borough Council</div>
          </div>
        </div>
      </div>
    </footer>
  );
}
