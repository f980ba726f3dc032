import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/govuk/misc';
import { currentLocale } from '@/i18n/i18n';
import type { DirectoryService } from '@/lib/api/types';
import { languageList } from '@/lib/language-names';

/** Open now or closed now, as the API worked it out in London time when it answered (not colour alone: the words say it). */
export function OpenNowTag({ open }: { open: boolean }) {
  const { t } = useTranslation('directory');
  return open ? <Tag colour="green">{t('service.openNow')}</Tag> : <Tag colour="grey">{t('service.closedNow')}</Tag>;
}

export function WhoItIsFor({ service }: { service: DirectoryService }) {
  const { t } = useTranslation('directory');
  return (
    <>
      {service.audiences.length === 1 ? (
        t(`audiences.${service.audiences[0]!}`)
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {service.audiences.map((audience) => (
            <li key={audience}>{t(`audiences.${audience}`)}</li>
          ))}
        </ul>
      )}
      {service.needs.length > 0 ? (
        <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
          {t('service.specialises', { needs: service.needs.map((need) => t(`needs.${need}`).toLocaleLowerCase(currentLocale())).join(t('filters.separator')) })}
        </p>
      ) : null}
    </>
  );
}

/** Telephone, email and web links that work on a phone, and the address on separate lines. */
export function ContactDetails({ service }: { service: DirectoryService }) {
  const { t } = useTranslation('directory');
  const address = [service.addressLine1, service.addressLine2, service.town, service.postcode].filter((line): line is string => Boolean(line));
  return (
    <ul className="govuk-list">
      {service.phone ? (
        <li>
          {t('service.telephone')}{' '}
          <a className="govuk-link" href={`tel:${service.phone.replace(/[^\d+]/g, '')}`}>
            {service.phone}
          </a>
        </li>
      ) : null}
      {service.email ? (
        <li>
          {t('service.email')}{' '}
          <a className="govuk-link" href={`mailto:${service.email}`}>
            {service.email}
          </a>
        </li>
      ) : null}
      {service.website ? (
        <li>
          {t('service.website')}{' '}
          <a className="govuk-link" href={service.website} rel="noreferrer noopener" target="_blank">
            {t('service.newTab', { site: service.website.replace(/^https?:\/\//, '').replace(/\/$/, '') })}
          </a>
        </li>
      ) : null}
      {address.length > 0 ? (
        <li>
          {t('service.address')}{' '}
          <span>
            {address.map((line, index) => (
              <span key={index}>
                {index > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </span>
        </li>
      ) : null}
    </ul>
  );
}

/** The languages a service speaks: in English as the shared list names them, in another language as Intl names them. */
export function Languages({ service }: { service: DirectoryService }) {
  const { t } = useTranslation('directory');
  const locale = currentLocale();
  if (locale === 'en-GB') return <>{languageList(service.languages)}</>;
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return <>{service.languages.map((code) => names.of(code) ?? code).join(t('filters.separator'))}</>;
}
