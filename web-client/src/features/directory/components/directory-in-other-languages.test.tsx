import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import type { DirectoryService } from '@/lib/api/types';
import { filtersInWords } from '../filters';
import { weekInWords } from '../opening-hours';
import { ServicePage } from './service-page';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const service: DirectoryService = {
  id: 's1',
  name: 'Carers Central',
  summary: 'Advice and support for carers.',
  audiences: ['adultCarers'],
  needs: ['dementia'],
  phone: '01582 000000',
  languages: ['en', 'ur'],
  openNow: false,
  openingHours: [{ channel: 'helpline', openNow: false, slots: weekdays.map((day) => ({ day, opens: '09:00', closes: day === 'tuesday' ? '19:00' : '17:00' })) }],
};

describe('the directory in another language', () => {
  it('shows a service in Punjabi, with its hours and languages as Punjabi writes them', async () => {
    await i18n.changeLanguage('pa');
    render(
      <MemoryRouter>
        <ServicePage service={service} backTo={undefined} manager={false} canAskForFormat />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ' })).toBeInTheDocument();
    expect(screen.getByText('ਹੁਣ ਬੰਦ ਹੈ')).toBeInTheDocument();
    expect(screen.getByText('ਬਾਲਗ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ (18 ਸਾਲ ਅਤੇ ਵੱਧ)')).toBeInTheDocument();
    const names = new Intl.DisplayNames(['pa-Guru'], { type: 'language' });
    expect(screen.getByText(`${names.of('en')}, ${names.of('ur')}`)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /ਹੈਲਪਲਾਈਨ: ਹੁਣ ਬੰਦ ਹੈ/ })).toBeInTheDocument();
  });

  it('says the week’s hours in the carer’s language, and as GOV.UK does in English', async () => {
    const slots = service.openingHours[0]!.slots;
    expect(weekInWords(slots)).toBe('Monday to Friday, 9am to 5pm; Tuesday until 7pm');
    expect(filtersInWords({ need: 'dementia' })).toBe('Services for dementia or memory problems');
    await i18n.changeLanguage('pl');
    const time = (hours: number) => new Intl.DateTimeFormat('pl', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hours));
    expect(weekInWords(slots)).toBe(`Poniedziałek–Piątek: ${time(9)}–${time(17)}; Wtorek do ${time(19)}`);
    expect(filtersInWords({ need: 'dementia' })).toBe('Usługi dla: demencja lub problemy z pamięcią');
  });
});
