import { expect, test } from '@playwright/test';
import { onPage, screenshot, signInHere } from './support/pages';

/* The front door: what someone not signed in sees at /, and the way in from it. */

test('someone not signed in finds the start page at / and its start button leads to sign in', async ({ page }) => {
  await page.goto('/');
  await onPage(page, 'Do you look after someone?');
  await expect(page).toHaveTitle('Do you look after someone? - Luton Carers');
  // Signed out: the Generic header alone, no service navigation and no Sign out.
  await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Find local help for carers' })).toHaveAttribute('href', '/directory');
  await screenshot(page, 'start-page');

  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await onPage(page, 'Sign in to Luton Carers');

  // The header's service name leads back to the start page.
  await page.getByRole('link', { name: 'Luton Carers', exact: true }).click();
  await onPage(page, 'Do you look after someone?');
});

test('someone signed in who goes to / lands where their work starts: a carer, on their home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
  await onPage(page, 'Sign in to Luton Carers');
  await signInHere(page, 'Sam, a carer already registered');
  await onPage(page, 'Your support');

  await page.goto('/');
  await onPage(page, 'Your support');
  await expect(page).toHaveURL(/\/home$/);
});
