import type { SummaryListRow } from '@/components/govuk/summary-list';
import type { CarerRecord } from '@/lib/api/types';
import { languageName } from '@/lib/language-names';
import {
  carerCategoryLabels,
  contactChannelLabels,
  educationStatusLabels,
  employmentStatusLabels,
  ethnicityText,
  identificationSourceLabels,
  reasonableAdjustmentLabels,
} from '@/lib/reference-data';
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
};

/** The carer's own details as GOV.UK summary list rows, shared by the carer's and staff's views. */
export function carerDetailsRows(record: CarerRecord, { changeHref, showIdentification = false }: RowOptions = {}): SummaryListRow[] {
  const change = (fieldId: string, what: string) =>
    changeHref ? { actions: [{ to: changeHref(fieldId), text: 'Change', visuallyHiddenText: what }] } : {};
  const channel = record.preferredContactChannel;
  const adjustments = record.reasonableAdjustments ?? [];

  const rows: SummaryListRow[] = [
    { key: 'Name', value: `${record.givenName ?? ''} ${record.familyName ?? ''}`.trim(), ...change('givenName', 'name') },
    { key: 'Date of birth', value: formatDate(record.dateOfBirth), ...change('dateOfBirth-day', 'date of birth') },
    { key: 'Type of carer', value: record.category ? carerCategoryLabels[record.category] : '' },
    {
      key: 'Address',
      value: <Lines lines={[record.addressLine1, record.addressLine2, record.town, record.postcode]} />,
      ...change('addressLine1', 'address'),
    },
    { key: 'Email address', value: record.email || 'Not given', ...change('email', 'email address') },
    { key: 'Phone number', value: record.phone || 'Not given', ...change('phone', 'phone number') },
    {
      key: 'How to contact',
      value: channel ? contactChannelLabels[channel] : '',
      ...change('preferredContactChannel', 'how to contact'),
    },
    { key: 'Language', value: record.preferredLanguage ? languageName(record.preferredLanguage) : '', ...change('preferredLanguage', 'language') },
    {
      key: 'Help when we contact',
      value: adjustments.length > 0 ? <Lines lines={adjustments.map((code) => reasonableAdjustmentLabels[code])} /> : 'None',
      ...change('reasonableAdjustments', 'help when we contact'),
    },
    { key: 'NHS number', value: record.nhsNumber ? formatNhsNumber(record.nhsNumber) : 'Not given', ...change('nhsNumber', 'NHS number') },
    { key: 'Ethnic group', value: record.ethnicity ? ethnicityText(record.ethnicity) : 'Not given', ...change('ethnicity', 'ethnic group') },
    {
      key: 'Work',
      value: record.employmentStatus ? employmentStatusLabels[record.employmentStatus] : 'Not given',
      ...change('employmentStatus', 'work'),
    },
    {
      key: 'Education or training',
      value: record.educationStatus ? educationStatusLabels[record.educationStatus] : 'Not given',
      ...change('educationStatus', 'education or training'),
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
