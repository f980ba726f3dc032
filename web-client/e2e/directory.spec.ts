import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bearer, devToken, signedInAs, staff } from './support/api';
import { expectErrorSummary, onPage, screenshot, signInHere, uniqueSurname } from './support/pages';

/*
 * The directory of local services (issue 12, decision 0014).
 *
 * Someone not signed in goes from the start page to the directory, filters it by who it is for,
 * sees each service's open or closed tag and opens one, and follows its "ask in another format"
 * link, which signs them in and brings them back to the ask journey with the service named.
 * "Open now" is the API's answer for the moment of asking, so the journey adds (through the API,
 * as a manager) a service of its own that is open all day every day (00:00 to 24:00) and checks
 * that one says "Open now".
 *
 * A manager adds a service with the form (meeting its errors first), changes it (the first save
 * meets a change made meanwhile elsewhere: 412, the latest details loaded), and retires it; it
 * is then gone from the public list. Names are unique per run; what a run adds it retires.
 */

const youngCarers = 'Young carers and young adult carers (5 to 25)';
const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

async function managerToken(request: APIRequestContext): Promise<string> {
  return devToken(request, { role: staff.manager.role, subject: staff.manager.subject });
}

/** RetireDirectoryService with the service's current ETag (If-Match); one already retired is 404 to read and stays retired. */
async function retire(request: APIRequestContext, serviceId: string): Promise<void> {
  const read = await request.get(`/api/directory/services/${serviceId}`);
  if (read.status() === 404) return;
  const response = await request.post(`/api/directory/services/${serviceId}/retirement`, {
    headers: { ...bearer(await managerToken(request)), 'If-Match': read.headers()['etag'] ?? '' },
  });
  expect([204, 404], await response.text()).toContain(response.status());
}

/** One entry of the public list, found by its name. */
function entry(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test.describe('the public directory', () => {
  const name = `Round the Clock Line ${uniqueSurname('Test')}`;
  let serviceId = '';

  test.beforeAll(async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const added = await api.post('/api/directory/services', {
      headers: bearer(await managerToken(api)),
      data: {
        name,
        summary: 'A listening ear for young carers at any time of the day or night.',
        audiences: ['youngCarers'],
        phone: '01632 960099',
        email: 'night@example.org',
        languages: ['en', 'ur'],
        openingHours: [{ channel: 'helpline', slots: everyDay.map((day) => ({ day, opens: '00:00', closes: '24:00' })) }],
      },
    });
    expect(added.status(), await added.text()).toBe(201);
    serviceId = ((await added.json()) as { id: string }).id;
    await api.dispose();
  });

  test.afterAll(async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    if (serviceId) await retire(api, serviceId);
    await api.dispose();
  });

  test('someone not signed in finds a service open now for young carers, and opens it', async ({ page }) => {
    await page.goto('/');
    await onPage(page, 'Do you look after someone?');
    await page.getByRole('link', { name: 'Find local help for carers' }).click();
    await expect(page).toHaveURL(/\/directory$/);
    await onPage(page, 'Find local help for carers');
    await expect(page.getByRole('heading', { name: 'All services' })).toBeVisible();
    await expect(entry(page, 'Carers Central')).toBeVisible();

    await page.getByRole('radio', { name: youngCarers }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/directory\?for=youngCarers$/);
    await onPage(page, 'Find local help for carers');
    await expect(page.getByRole('heading', { name: `Services for ${youngCarers.charAt(0).toLowerCase()}${youngCarers.slice(1)}` })).toBeVisible();
    await expect(entry(page, 'CHUMS young carers')).toBeVisible();
    await expect(entry(page, 'CHUMS young carers').locator('.govuk-tag')).toHaveText(/^(Open now|Closed now)$/);
    // For adult carers and parents only: not under young carers. Healthwatch is for everyone, so it is.
    await expect(entry(page, 'Carers Central')).toHaveCount(0);
    await expect(entry(page, 'Healthwatch Luton')).toBeVisible();

    const ours = entry(page, name);
    await expect(ours.locator('.govuk-tag')).toHaveText('Open now');
    await expect(ours.getByRole('link', { name: '01632 960099' })).toHaveAttribute('href', 'tel:01632960099');
    await expect(ours.getByRole('link', { name: 'night@example.org' })).toHaveAttribute('href', 'mailto:night@example.org');
    await expect(ours).toContainText('English, Urdu');
    await expect(ours).toContainText('Every day, 24 hours');
    await screenshot(page, 'directory-young-carers');

    // The filter is in the address, so Back is the list before it and Forward the filtered one.
    await page.goBack();
    await expect(page).toHaveURL(/\/directory$/);
    await expect(entry(page, 'Carers Central')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Anyone (show all)' })).toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/\/directory\?for=youngCarers$/);
    await expect(page.getByRole('radio', { name: youngCarers })).toBeChecked();

    await ours.getByRole('link', { name }).click();
    await onPage(page, name);
    await expect(page.locator('main .govuk-tag').first()).toHaveText('Open now');
    const hours = page.getByRole('table', { name: /Helpline: open now/ });
    await expect(hours).toContainText('Every day, 24 hours');
    await expect(hours.getByRole('row', { name: /Sunday/ })).toContainText('24 hours');

    // Printed: the page's own content, without the header, back link or buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.govuk-template__header')).toBeHidden();
    await expect(page.locator('.govuk-back-link')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Back to local help for carers' }).click();
    await expect(page).toHaveURL(/\/directory$/);
    await onPage(page, 'Find local help for carers');
    await entry(page, 'Carers Central').getByRole('link', { name: 'Carers Central' }).click();
    await onPage(page, 'Carers Central');
    await expect(page.getByRole('table', { name: /Helpline/ })).toContainText('Monday to Friday, 10am to 4pm; Tuesday until 7pm');
    await expect(page.getByRole('table', { name: /Helpline/ }).getByRole('row', { name: /Saturday/ })).toContainText('Closed');

    // Asking for it in another format: sign in first, then back on the ask journey with the service named.
    await page.getByRole('link', { name: 'Ask for information about this service in another format or language' }).click();
    await onPage(page, 'Sign in to Luton Carers');
    await signInHere(page, 'Sam, a carer already registered');
    await onPage(page, 'What information do you want?');
    await expect(page).toHaveURL(/\/information-requests\/ask\?subject=leaflet&title=/);
    await expect(page.getByRole('radio', { name: 'A leaflet' })).toBeChecked();
    await expect(page.getByLabel('Which one?')).toHaveValue('Information about Carers Central');
  });
});

test.describe('managing the directory', () => {
  const name = `Carers Cafe ${uniqueSurname('Test')}`;
  let serviceId = '';

  test.afterAll(async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    if (serviceId) await retire(api, serviceId);
    await api.dispose();
  });

  test('a manager adds a service, changes it after someone else did, and retires it', async ({ page }) => {
    await signedInAs(page, staff.manager);
    await page.goto('/staff');
    await onPage(page, 'Staff workspace');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Directory' }).click();
    await onPage(page, 'Directory of local services');
    await page.getByRole('button', { name: 'Add a service' }).click();
    await onPage(page, 'Add a service to the directory');

    await page.getByRole('button', { name: 'Add service' }).click();
    await expectErrorSummary(page, 'Enter the service’s name');
    await expect(page.locator('.govuk-error-summary')).toContainText('Select who the service is for');

    await page.getByLabel('Name of the service').fill(name);
    await page.getByLabel('What it offers').fill('A weekly cafe where carers meet, with tea and advice.');
    await page.getByLabel('Adult carers (18 and over)').check();
    await page.getByLabel('Dementia or memory problems').check();
    await page.getByLabel('Telephone number').fill('01632 960098');
    await page.getByLabel('Email address').fill('cafe@example.org');
    await page.getByRole('checkbox', { name: 'Urdu' }).check();
    await page.locator('#openings-0-channel').selectOption('dropIn');
    await page.locator('#openings-0-day').selectOption('wednesday');
    await page.locator('#openings-0-opens').fill('10:00');
    await page.locator('#openings-0-closes').fill('9:00');
    await page.getByRole('button', { name: 'Add another opening' }).click();
    await expect(page.locator('#openings-1-channel')).toBeFocused();
    await page.locator('#openings-1-channel').selectOption('dropIn');
    await page.locator('#openings-1-day').selectOption('friday');
    await page.locator('#openings-1-opens').fill('10');
    await page.locator('#openings-1-closes').fill('1200');
    await page.getByRole('button', { name: 'Add service' }).click();
    await expectErrorSummary(page, 'Opening 1 must close after it opens');
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Opening 1 must close after it opens' }).click();
    await expect(page.locator('#openings-0-closes')).toBeFocused();
    await page.locator('#openings-0-closes').fill('13:00');
    await page.getByRole('button', { name: 'Add service' }).click();

    await onPage(page, 'Directory of local services');
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(`${name} added to the directory`);
    const change = page.getByRole('link', { name: `Change ${name}` });
    serviceId = /\/manage-directory\/([^/]+)\/change$/.exec((await change.getAttribute('href')) ?? '')?.[1] ?? '';
    expect(serviceId).not.toBe('');

    await change.click();
    await onPage(page, `Change ${name}`);
    await expect(page.locator('#openings-1-day')).toHaveValue('friday');

    // Meanwhile someone else changes what it offers, through the API with the ETag they read.
    const token = await devToken(page.request, { role: staff.manager.role, subject: 'demo-manager-2' });
    const read = await page.request.get(`/api/directory/services/${serviceId}`);
    const { openingHours, ...details } = (await read.json()) as Record<string, unknown> & { openingHours: { channel: string; slots: unknown[] }[] };
    delete details.id;
    delete details.openNow;
    const elsewhere = await page.request.put(`/api/directory/services/${serviceId}`, {
      headers: { ...bearer(token), 'If-Match': read.headers()['etag'] ?? '' },
      data: { ...details, summary: 'Changed elsewhere: a cafe for carers.', openingHours: openingHours.map(({ channel, slots }) => ({ channel, slots })) },
    });
    expect(elsewhere.status(), await elsewhere.text()).toBe(200);

    await page.getByLabel('Telephone number').fill('01632 960097');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectErrorSummary(page, 'Someone else changed this service after you opened this page');
    await expect(page.getByLabel('What it offers')).toHaveValue('Changed elsewhere: a cafe for carers.');
    await expect(page.getByLabel('Telephone number')).toHaveValue('01632 960098');

    await page.getByLabel('Telephone number').fill('01632 960097');
    await page.locator('#openings-1-closes').fill('14:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await onPage(page, 'Directory of local services');
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(`${name} changed`);

    await page.getByRole('link', { name, exact: true }).click();
    await onPage(page, name);
    await expect(page.getByRole('link', { name: '01632 960097' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Drop-in/ })).toContainText('Wednesday, 10am to 1pm; Friday, 10am to 2pm');

    // A manager reading the public page can go on from there to change or retire it.
    await page.getByRole('link', { name: 'Retire this service' }).click();
    await onPage(page, `Are you sure you want to retire ${name}?`);
    await page.getByRole('button', { name: 'Retire service' }).click();
    await onPage(page, 'Directory of local services');
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(`${name} retired`);
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);

    // Gone from the public list, and its page is not found.
    await page.goto('/directory?for=adultCarers&need=dementia');
    await onPage(page, 'Find local help for carers');
    await expect(entry(page, "Alzheimer's Society")).toBeVisible();
    await expect(entry(page, name)).toHaveCount(0);
    await page.goto(`/directory/${serviceId}`);
    await onPage(page, 'Page not found');
    serviceId = '';
  });
});
