import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** GOV.UK footer markup without the crown and Crown copyright, which belong to central government. */
export function Footer() {
  const { t } = useTranslation('common');
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">{t('footer.supportLinks')}</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility">
                    {t('footer.accessibility')}
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/privacy">
                    {t('footer.privacy')}
                  </Link>
                </li>
              </ul>
              <div className="govuk-footer__meta-custom">{t('footer.runBy')}</div>
            </div>
            <div className="govuk-footer__meta-item">{t('footer.copyright')}</div>
          </div>
        </div>
      </div>
    </footer>
  );
}
