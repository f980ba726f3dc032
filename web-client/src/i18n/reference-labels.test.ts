import { describe, expect, it } from 'vitest';
import {
  carerCategoryLabels,
  contactChannelLabels,
  educationStatusLabels,
  employmentStatusLabels,
  ethnicGroups,
  ethnicityLabels,
  ethnicityText,
  hoursBandLabels,
  mainNeedLabels,
  reasonableAdjustmentLabels,
  registeringAsLabels,
  relationshipLabels,
} from '@/lib/reference-data';
import englishMessages from '@/locales/en/reference.json';
import { i18n } from './i18n';
import { ethnicityLabel, referenceLabel, referenceOptions } from './reference-labels';

describe('reference labels', () => {
  it('say in English exactly what the staff pages say', () => {
    const english: Record<string, unknown> = englishMessages;
    expect(english.registeringAs).toEqual(registeringAsLabels);
    expect(english.contactChannel).toEqual(contactChannelLabels);
    expect(english.reasonableAdjustment).toEqual(reasonableAdjustmentLabels);
    expect(english.ethnicGroup).toEqual(Object.fromEntries(ethnicGroups.map((group) => [group.group, group.label])));
    expect(english.ethnicity).toEqual(ethnicityLabels);
    expect(english.employmentStatus).toEqual(employmentStatusLabels);
    expect(english.educationStatus).toEqual(educationStatusLabels);
    expect(english.carerCategory).toEqual(carerCategoryLabels);
    expect(english.relationship).toEqual(relationshipLabels);
    expect(english.mainNeed).toEqual(mainNeedLabels);
    expect(english.hoursBand).toEqual(hoursBandLabels);
    expect(ethnicityLabel('whiteIrish')).toBe(ethnicityText('whiteIrish'));
  });

  it('follow the pages’ language, and stay English when asked', async () => {
    await i18n.changeLanguage('pl');
    expect(referenceLabel('contactChannel', 'email')).toBe('E-mail');
    expect(referenceLabel('contactChannel', 'email', 'en')).toBe('Email');
    expect(referenceOptions('hoursBand').map((option) => option.value)).toEqual(['hours1To19', 'hours20To49', 'hours50Plus']);
    expect(ethnicityLabel('whiteIrish')).toBe('Biała: Irlandzkie');
  });
});
