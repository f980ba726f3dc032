import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyPreferredLanguage, chooseLanguage, chosenLanguage, i18n } from '@/i18n/i18n';
import { LanguageSwitcher } from './language-switcher';
import { awaitingTranslatorReview, TranslationNotice } from './translation-notice';

function renderLayoutParts() {
  return render(
    <>
      <LanguageSwitcher />
      <TranslationNotice />
    </>,
  );
}

describe('the language switcher', () => {
  it('names each language in its own language, marked with its own lang and dir, the current one aria-current', () => {
    renderLayoutParts();
    const navigation = screen.getByRole('navigation', { name: 'Language' });
    const current = within(navigation).getByText('English');
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAttribute('lang', 'en');
    const urdu = within(navigation).getByRole('button', { name: /^اردو\s?\(Urdu\)$/ });
    expect(urdu).toHaveAttribute('lang', 'ur');
    expect(urdu).toHaveAttribute('dir', 'rtl');
    expect(within(navigation).getByRole('button', { name: /^Polski\s?\(Polish\)$/ })).toHaveAttribute('lang', 'pl');
    expect(within(navigation).getByRole('button', { name: /^ਪੰਜਾਬੀ\s?\(Punjabi\)$/ })).toHaveAttribute('lang', 'pa');
    expect(within(navigation).getAllByRole('button')).toHaveLength(5);
  });

  it('switches the pages by keyboard, marks <html> and remembers the choice on this device', async () => {
    renderLayoutParts();
    const user = userEvent.setup();
    // Tab to Polski (the second language) and press Enter: no mouse.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Polski\s?\(Polish\)$/ })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('navigation', { name: 'Język' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'pl');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(chosenLanguage()).toBe('pl');
    expect(screen.getByText('Polski')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('marks the page right to left in Urdu, and left to right again in English', async () => {
    renderLayoutParts();
    await userEvent.click(screen.getByRole('button', { name: /^اردو\s?\(Urdu\)$/ }));
    expect(await screen.findByRole('navigation', { name: 'زبان' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ur');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });
});

describe('the machine translation notice', () => {
  it('is not shown in English, which is the original', () => {
    renderLayoutParts();
    expect(screen.queryByTestId('translation-notice')).not.toBeInTheDocument();
  });

  it('says in the language itself that a qualified translator has not checked it yet', async () => {
    renderLayoutParts();
    await userEvent.click(screen.getByRole('button', { name: /^Română\s?\(Romanian\)$/ }));
    expect(await screen.findByTestId('translation-notice')).toHaveTextContent(
      'Această traducere a fost făcută cu ajutorul unui calculator. Un traducător calificat nu a verificat-o încă.',
    );
  });

  it('goes once the file is approved by a translator', () => {
    expect(awaitingTranslatorReview({ reviewStatus: 'awaitingReview', method: 'machineAssisted' })).toBe(true);
    expect(awaitingTranslatorReview({ reviewStatus: 'approved', method: 'humanTranslated' })).toBe(false);
    expect(awaitingTranslatorReview({ reviewStatus: 'approved', method: 'original' })).toBe(false);
  });
});

describe('a preferred language from the record', () => {
  it('is used when nothing was chosen on this device, and never over a choice', async () => {
    await applyPreferredLanguage('bn');
    expect(i18n.language).toBe('bn');
    expect(document.documentElement).toHaveAttribute('lang', 'bn');
    await applyPreferredLanguage('fr'); // not one the pages are in: no change
    expect(i18n.language).toBe('bn');

    await chooseLanguage('ro');
    await applyPreferredLanguage('bn');
    expect(i18n.language).toBe('ro');
  });
});
