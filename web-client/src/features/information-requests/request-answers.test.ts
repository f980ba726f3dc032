import { describe, expect, it } from 'vitest';
import { formatErrors, startingAnswers, toInformationRequest, whatErrors } from './request-answers';

const languages = ['ur', 'pl'];

describe('asking for information in another format', () => {
  it('starts from the subject in the address and the record’s defaults', () => {
    expect(startingAnswers('supportPlan', { format: 'anotherLanguage', language: 'ur', languages: [] })).toEqual({
      subject: 'supportPlan',
      title: 'My support plan',
      format: 'anotherLanguage',
      language: 'ur',
    });
    expect(startingAnswers(null, undefined)).toEqual({ subject: '', title: '', format: '', language: '' });
  });

  it('takes a title from the address as a suggestion, cleaned of what the form would refuse', () => {
    expect(startingAnswers('leaflet', undefined, 'Information about Carers Central').title).toBe('Information about Carers Central');
    expect(startingAnswers('leaflet', undefined, ' <script>Mind\u0007 BLMK</script> ').title).toBe('scriptMind BLMK/script');
    expect(startingAnswers('leaflet', undefined, 'x'.repeat(300)).title).toHaveLength(200);
    expect(startingAnswers('supportPlan', undefined, '').title).toBe('My support plan');
    expect(startingAnswers(null, undefined, 'Information about Carers Central').title).toBe('');
  });

  it('needs a subject and a title without < or >', () => {
    expect(whatErrors({ subject: '', title: ' ' })).toEqual({
      subject: 'Select what you want',
      title: 'Enter which leaflet, plan, decision or letter you want',
    });
    expect(whatErrors({ subject: 'leaflet', title: '<b>' }).title).toBe('What you want must not include < or >');
    expect(whatErrors({ subject: 'leaflet', title: 'x'.repeat(201) }).title).toBe('What you want must be 200 characters or fewer');
    expect(whatErrors({ subject: 'leaflet', title: 'Carers rights' })).toEqual({ subject: undefined, title: undefined });
  });

  it('needs a format, and a listed language for another language', () => {
    expect(formatErrors({ format: '', language: '' }, languages)).toEqual({ format: 'Select the format you want' });
    expect(formatErrors({ format: 'anotherLanguage', language: 'xx' }, languages)).toEqual({ language: 'Select a language' });
    expect(formatErrors({ format: 'anotherLanguage', language: 'ur' }, languages)).toEqual({});
    expect(formatErrors({ format: 'braille', language: '' }, languages)).toEqual({});
  });

  it('sends the language only with another language', () => {
    expect(toInformationRequest({ subject: 'supportPlan', title: ' My plan ', format: 'anotherLanguage', language: 'ur' }, languages)).toEqual({
      subject: 'supportPlan',
      title: 'My plan',
      format: 'anotherLanguage',
      language: 'ur',
    });
    expect(toInformationRequest({ subject: 'letter', title: 'Letter', format: 'audio', language: 'ur' }, languages)).toEqual({
      subject: 'letter',
      title: 'Letter',
      format: 'audio',
    });
    expect(toInformationRequest({ subject: 'letter', title: '', format: 'audio', language: '' }, languages)).toBeNull();
  });
});
