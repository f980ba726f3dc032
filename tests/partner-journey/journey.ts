// A partner's journey through the API with nothing but a client generated from openapi.yaml
// (generated/, by @hey-api/openapi-ts, never edited): what docs/partners.md walks through, as a
// partner's own system would do it. Run by ./run.sh; decision 0044.
//
// Outside the contract, and so outside the generated client: the token endpoint (OAuth 2.0, the
// identity provider's, not the API's) and /dev/tokens (Development only: a manager's token, as a
// manager would get one by signing in).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createClient, createConfig, type Client } from './generated/client/index.js';
import {
  getPartnerCarer,
  listPartnerCarers,
  listWebhookDeliveries,
  recordPartnerSupport,
  referCarer,
  registerPartnerWebhook,
} from './generated/sdk.gen.js';
import type { ReferCarerRequest } from './generated/types.gen.js';

const api = process.env.API ?? 'http://127.0.0.1:5080';
const tokenUrl = process.env.TOKEN_URL ?? 'http://127.0.0.1:5090/connect/token';
const scope = process.env.SCOPE ?? 'carers-api';

// The local identity provider's machine clients: a partner's system has its id and secret from the council.
type DevClient = { ClientId: string; Secret: string };
const devClients: DevClient[] = JSON.parse(
  readFileSync(new URL('../../../dev/Carers.DevIdentity/appsettings.Development.json', import.meta.url), 'utf8'),
).DevIdentity.Clients;
function credentials(clientId: string): { id: string; secret: string } {
  const secret = devClients.find((c) => c.ClientId === clientId)?.Secret;
  if (!secret) throw new Error(`No secret for client ${clientId}`);
  return { id: clientId, secret };
}

/** OAuth 2.0 client credentials, as any partner's system gets its token. */
async function clientCredentialsToken(clientId: string): Promise<string> {
  const { id, secret } = credentials(clientId);
  const answer = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret, scope }),
  });
  const body = (await answer.json()) as { access_token?: string; token_type?: string };
  check(answer.status === 200 && body.token_type === 'Bearer' && !!body.access_token, `the token endpoint answered ${answer.status}`);
  return body.access_token!;
}

function clientWith(token: string): Client {
  return createClient(createConfig({ baseUrl: api, headers: { Authorization: `Bearer ${token}` } }));
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The generated client leaves response undefined when no answer came at all (the connection failed): that fails the step. */
function answered<T extends { response?: Response }>(result: T): T & { response: Response } {
  check(result.response !== undefined, 'no answer: the request did not reach the API');
  return result as T & { response: Response };
}

/** A valid NHS number in the 999 range, which is never issued to a real person: a new carer on every run. */
function syntheticNhsNumber(): string {
  for (;;) {
    const digits = `999${Math.floor(Math.random() * 1_000_000).toString().padStart(6, '0')}`;
    const sum = [...digits].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
    const checkDigit = (11 - (sum % 11)) % 11;
    if (checkDigit !== 10) return digits + checkDigit;
  }
}

const steps: { name: string; run: () => Promise<void> }[] = [];
const step = (name: string, run: () => Promise<void>) => steps.push({ name, run });

const startedAt = new Date(Date.now() - 1000).toISOString();
const idempotencyKey = randomUUID();
const referral: ReferCarerRequest = {
  givenName: 'Amina',
  familyName: 'Khan',
  dateOfBirth: '1968-04-12',
  postcode: 'LU1 3JH',
  nhsNumber: syntheticNhsNumber(),
  email: 'amina.khan@example.org',
  preferredLanguage: 'ur',
  consent: { basis: 'self', givenOn: '2026-01-15' },
  reason: 'Cares for her mother after a stroke and asked us for a carer\'s assessment.',
};
let carersCentral: Client;
let chums: Client;
let manager: Client;
let carerId = '';
let firstAnswer = '';

step('Carers Central gets a token with client credentials', async () => {
  carersCentral = clientWith(await clientCredentialsToken('carers-central'));
});

step('refers a carer with an Idempotency-Key: 201, a Location and the carer\'s id', async () => {
  const { data, response } = answered(await referCarer({ client: carersCentral, body: referral, headers: { 'Idempotency-Key': idempotencyKey } }));
  check(response.status === 201, `answered ${response.status}`);
  check(data?.access === 'granted' && !!data.carerId, `answered ${JSON.stringify(data)}`);
  carerId = data.carerId ?? '';
  check(response.headers.get('Location')?.endsWith(`/api/partner/carers/${carerId}`) === true, `Location: ${response.headers.get('Location')}`);
  firstAnswer = JSON.stringify(data);
});

step('the same referral with the same key gets the same answer, and writes nothing again', async () => {
  const { data, response } = answered(await referCarer({ client: carersCentral, body: referral, headers: { 'Idempotency-Key': idempotencyKey } }));
  check(response.status === 201, `answered ${response.status}`);
  check(JSON.stringify(data) === firstAnswer, `answered ${JSON.stringify(data)}, first ${firstAnswer}`);
  check(response.headers.get('Idempotency-Replayed') === 'true', 'no Idempotency-Replayed: true');
});

step('the same key with another referral is refused (422 problem details)', async () => {
  const { error, response } = answered(await referCarer({
    client: carersCentral,
    body: { ...referral, reason: 'Something else' },
    headers: { 'Idempotency-Key': idempotencyKey },
  }));
  check(response.status === 422, `answered ${response.status}`);
  check(response.headers.get('Content-Type')?.startsWith('application/problem+json') === true, `Content-Type ${response.headers.get('Content-Type')}`);
  check(!!error, 'no problem details');
});

step('reads back the carer it referred', async () => {
  const { data, response } = answered(await getPartnerCarer({ client: carersCentral, path: { carerId } }));
  check(response.status === 200, `answered ${response.status}`);
  check(data?.id === carerId && data.givenName === 'Amina' && data.familyName === 'Khan', `answered ${JSON.stringify(data)}`);
  check(data.consentBasis === 'self' && data.preferredLanguage === 'ur', `answered ${JSON.stringify(data)}`);
});

step('syncs with changedSince, page by page with the cursor, and finds the carer', async () => {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; ; pages++) {
    check(pages < 1000, 'more than 1000 pages');
    const { data, response } = answered(await listPartnerCarers({ client: carersCentral, query: { changedSince: startedAt, limit: 2, cursor } }));
    check(response.status === 200 && !!data, `answered ${response.status}`);
    check(data.items.every((c) => Date.parse(c.updatedAt) >= Date.parse(startedAt)), 'a carer changed before changedSince');
    seen.push(...data.items.map((c) => c.id));
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  check(seen.includes(carerId), `the carer is not among the ${seen.length} changed since ${startedAt}`);
  check(new Set(seen).size === seen.length, 'a carer came twice in one sync');
});

step('logs support given to the carer', async () => {
  const { data, response } = answered(await recordPartnerSupport({
    client: carersCentral,
    path: { carerId },
    body: { supportType: 'helplineCall', givenOn: '2026-01-20', durationMinutes: 25, notes: 'Talked through the carer\'s assessment.' },
    headers: { 'Idempotency-Key': randomUUID() },
  }));
  check(response.status === 201, `answered ${response.status}`);
  check(data?.carerId === carerId && data.durationMinutes === 25, `answered ${JSON.stringify(data)}`);
});

step('a partner may not register its own webhook (403): the council\'s manager does', async () => {
  const { response } = answered(await registerPartnerWebhook({
    client: carersCentral,
    path: { partner: 'CarersCentral' },
    body: { url: 'http://127.0.0.1:9/partner-journey' },
  }));
  check(response.status === 403, `answered ${response.status}`);
});

step('a manager registers Carers Central\'s webhook (If-Match from the delivery log) and gets a whsec_ secret', async () => {
  const devToken = await fetch(`${api}/dev/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'Staff.Manager', subject: 'partner-journey-manager' }),
  });
  check(devToken.status === 200, `/dev/tokens answered ${devToken.status}`);
  manager = clientWith(((await devToken.json()) as { accessToken: string }).accessToken);
  const current = answered(await listWebhookDeliveries({ client: manager, path: { partner: 'CarersCentral' }, query: { limit: 1 } }));
  check(current.response.status === 200 && !!current.data, `the delivery log answered ${current.response.status}`);
  // Nothing listens on the discard port: deliveries fail and wait, as for a partner whose system is down.
  const { data, response } = answered(await registerPartnerWebhook({
    client: manager,
    path: { partner: 'CarersCentral' },
    body: { url: 'http://127.0.0.1:9/partner-journey' },
    headers: current.data.eTag ? { 'If-Match': current.data.eTag } : {},
  }));
  check(response.status === 200, `answered ${response.status}`);
  check(data?.partner === 'CarersCentral' && data.secret.startsWith('whsec_'), `answered ${JSON.stringify({ ...data, secret: '…' })}`);
});

step('another partner (CHUMS) cannot read the carer: 404, as for no such carer', async () => {
  chums = clientWith(await clientCredentialsToken('chums'));
  const { response } = answered(await getPartnerCarer({ client: chums, path: { carerId } }));
  check(response.status === 404, `answered ${response.status}`);
  const unknown = answered(await getPartnerCarer({ client: carersCentral, path: { carerId: randomUUID() } }));
  check(unknown.response.status === 404, `an unknown id answered ${unknown.response.status}`);
});

let passed = Number(process.env.JOURNEY_PASSED_BEFORE ?? 0);
let failed = 0;
for (const [index, { name, run }] of steps.entries()) {
  try {
    await run();
    console.log(`  ok    partner journey: ${name}`);
    passed++;
  } catch (e) {
    console.log(`  FAIL  partner journey: ${name}: ${e instanceof Error ? e.message : String(e)}`);
    for (const later of steps.slice(index + 1)) console.log(`  FAIL  partner journey: ${later.name} (not run: a step before it failed)`);
    failed += steps.length - index;
    break;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
