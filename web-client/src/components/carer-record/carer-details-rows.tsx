import type { SummaryListRow } from '@/components/govuk/summary-list';
import type { CarerRecord } from '@/lib/api/types';
import { i18n } from '@/i18n/i18n';
import { languageDisplayName } from '@/i18n/language-display';
import { uiLanguage } from '@/i18n/languages';
import { ethnicityLabel, referenceLabel } from '@/i18n/reference-labels';
import { identificationSourceLabels } from '@/lib/reference-data';
import { formatDate } from '@/lib/validation/date';
import { formatNhsNumber } from '@/lib/validation/nhs-number';

export function Lines({ lines }: { lines: (string | null | undefined)[] }) {
  const shown = lines.filter((line): line is string => typeof line === 'string' && line.trim().length > 0);
  return (
    <>
      {shown.map((line, index) => (
        <span key={index}>
          {line}
          {index < shown.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  );
}

type RowOptions = {
  /** Where each row's Change link goes, given the id of the field to jump to; no links when absent. */
  changeHref?: (fieldId: string) => string;
  /** Staff see how and when the carer was first identified. */
  showIdentification?: boolean;
  /** The language of the words: the pages' language for the carer; staff views pass 'en'. */
  language?: string;
};

/** The carer's own details as GOV.UK summary list rows, shared by the carer's and staff's views. */
export function carerDetailsRows(record: CarerRecord, { changeHref, showIdentification = false, language }: RowOptions = {}): SummaryListRow[] {
  const t = i18n.getFixedT(language ?? null, 'details');
  const change = (fieldId: string, what: string) =>
    changeHref ? { actions: [{ to: changeHref(fieldId), text: t('rows.change'), visuallyHiddenText: what }] } : {};
  const channel = record.preferredContactChannel;
  const adjustments = record.reasonableAdjustments ?? [];
  const notGiven = t('rows.notGiven');

  const rows: SummaryListRow[] = [
    { key: t('rows.name'), value: `${record.givenName ?? ''} ${record.familyName ?? ''}`.trim(), ...change('givenName', t('rows.changeName')) },
    { key: t('rows.dateOfBirth'), value: formatDate(record.dateOfBirth), ...change('dateOfBirth-day', t('rows.changeDateOfBirth')) },
    { key: t('rows.category'), value: record.category ? referenceLabel('carerCategory', record.category, language) : '' },
    {
      key: t('rows.address'),
      value: <Lines lines={[record.addressLine1, record.addressLine2, record.town, record.postcode]} />,
      ...change('addressLine1', t('rows.changeAddress')),
    },
    { key: t('rows.email'), value: record.email || notGiven, ...change('email', t('rows.changeEmail')) },
    { key: t('rows.phone'), value: record.phone || notGiven, ...change('phone', t('rows.changePhone')) },
    {
      key: t('rows.contact'),
      value: channel ? referenceLabel('contactChannel', channel, language) : '',
      ...change('preferredContactChannel', t('rows.changeContact')),
    },
    {
      key: t('rows.language'),
      value: languageDisplayName(record.preferredLanguage, language ? uiLanguage(language).locale : undefined),
      ...change('preferredLanguage', t('rows.changeLanguage')),
    },
    {
      key: t('rows.adjustments'),
      value:
        adjustments.length > 0 ? (
          <Lines lines={adjustments.map((code) => referenceLabel('reasonableAdjustment', code, language))} />
        ) : (
          t('rows.none')
        ),
      ...change('reasonableAdjustments', t('rows.changeAdjustments')),
    },
    {
      key: t('rows.nhsNumber'),
      value: record.nhsNumber ? formatNhsNumber(record.nhsNumber) : notGiven,
      ...change('nhsNumber', t('rows.changeNhsNumber')),
    },
    {
      key: t('rows.ethnicGroup'),
      value: record.ethnicity ? ethnicityLabel(record.ethnicity, language) : notGiven,
      ...change('ethnicity', t('rows.changeEthnicGroup')),
    },
    {
      key: t('rows.work'),
      value: record.employmentStatus ? referenceLabel('employmentStatus', record.employmentStatus, language) : notGiven,
      ...change('employmentStatus', t('rows.changeWork')),
    },
    {
      key: t('rows.education'),
      value: record.educationStatus ? referenceLabel('educationStatus', record.educationStatus, language) : notGiven,
      ...change('educationStatus', t('rows.changeEducation')),
    },
  ];
  // Staff only (the carer's own view never carries it): a number the carer gave that another record holds (decision 0023).
  if (record.claimedNhsNumber) {
    rows.push({
      key: 'NHS number given by the carer',
      value: `${formatNhsNumber(record.claimedNhsNumber)}: not verified. Another record holds this number; settle it from the match queue.`,
    });
  }
  if (showIdentification && record.identification) {
    const { source, identifiedAt } = record.identification;
    rows.push({
      key: 'First identified',
      value: `${source ? identificationSourceLabels[source] : ''}${identifiedAt ? `, ${formatDate(identifiedAt.slice(0, 10))}` : ''}`,
    });
    rows.push({ key: 'GP practice code', value: record.gpPracticeOdsCode || 'Not known' });
  }
  return rows;
}
