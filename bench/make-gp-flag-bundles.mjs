// Writes the GP flag benchmark's input: N Bundles of M carer Flags (distinct patients, NHS
// numbers in the 999 test range with valid Modulus 11 check digits) and the same rows as CSV
// for a raw COPY into gp_flag. Usage: node make-gp-flag-bundles.mjs OUT_DIR BUNDLES ENTRIES HASH_KEY
import { createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';

const [out, bundles = '10', entries = '10000', key] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

function nhsNumbers(count) {
  const numbers = [];
  for (let n = 1; numbers.length < count; n++) {
    const base = `999${String(n).padStart(6, '0')}`;
    const sum = [...base].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) numbers.push(base + check);
  }
  return numbers;
}

const total = Number(bundles) * Number(entries);
const numbers = nhsNumbers(total);
const csv = [];
for (let b = 0; b < Number(bundles); b++) {
  const entry = [];
  for (let e = 0; e < Number(entries); e++) {
    const i = b * Number(entries) + e;
    const nhs = numbers[i];
    const consent = i % 2 === 0;
    const recordedOn = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const flag = {
      resourceType: 'Flag',
      status: 'active',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '224484003' }] },
      subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhs } },
      author: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A12345' } },
      period: { start: recordedOn },
    };
    if (consent) flag.extension = [{ url: 'https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact', valueBoolean: true }];
    entry.push({ resource: flag, request: { method: 'POST', url: 'Flag' } });
    const hash = createHmac('sha256', key).update(nhs).digest('hex').slice(0, 32);
    csv.push(`A12345,\\x${hash},${consent ? nhs : ''},224484003,true,active,${recordedOn},${consent},fhir`);
  }
  writeFileSync(`${out}/bundle-${b}.json`, JSON.stringify({ resourceType: 'Bundle', type: 'batch', entry }));
}
writeFileSync(`${out}/flags.csv`, csv.join('\n') + '\n');
console.log(`${total} flags in ${bundles} bundles written to ${out}`);
