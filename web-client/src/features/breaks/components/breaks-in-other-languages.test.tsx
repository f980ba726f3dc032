import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import { formatDayRange, formatMinutes } from '@/lib/calendar';
import { aBreak } from '@/testing/break-fixture';
import { YourBreaks } from './your-breaks';

describe('breaks in another language', () => {
  it('lists a carer’s breaks in Bengali, with the days written as Bengali writes dates', async () => {
    await i18n.changeLanguage('bn');
    render(
      <MemoryRouter>
        <YourBreaks breaks={[aBreak({ id: 'a', status: 'confirmed' })]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('আপনার বিরতিগুলো');
    const row = within(screen.getByRole('table', { name: 'আপনার বিরতিগুলো, সবচেয়ে নতুনটি আগে' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('ছোট বিরতি');
    expect(row).toHaveTextContent('নিশ্চিত');
    const dates = new Intl.DateTimeFormat('bn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
      new Date(Date.UTC(2026, 10, 24)),
      new Date(Date.UTC(2026, 10, 26)),
    );
    expect(formatDayRange('2026-11-24', '2026-11-26')).toBe(dates);
    expect(row).toHaveTextContent(dates);
    expect(within(row).getByRole('link', { name: /^বাতিল করুন/ })).toHaveAttribute('href', '/breaks/a/cancel');
  });

  it('writes lengths of time in the carer’s language, and as GOV.UK does in English', async () => {
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatDayRange('2026-11-24', '2026-11-26')).toBe('24 to 26 November 2026');
    await i18n.changeLanguage('pl');
    expect(formatMinutes(90)).toBe(`${new Intl.NumberFormat('pl', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(1)} ${new Intl.NumberFormat('pl', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(30)}`);
    expect(formatMinutes(90)).not.toContain('hour');
  });
});
