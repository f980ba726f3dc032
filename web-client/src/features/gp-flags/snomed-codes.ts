/**
 * The SNOMED CT concepts a GP carer flag may carry (SPEC §2), in words for staff. The contract
 * gives the code as a string, since practices may send any concept (refused ones are not stored).
 */
const carerCodeLabels: Record<string, string> = {
  '224484003': 'Is a carer',
  '302767002': 'Cares for a relative',
  '224485002': 'Cares for a friend',
  '224486001': 'Cares for a neighbour',
  '407542009': 'Informal caregiver',
  '824401000000105': 'Carer of a person with dementia',
  '199361000000101': 'Is no longer a carer',
};

/** "Is a carer (224484003)": the concept's words where we know them, always with its id. */
export function snomedCodeText(code: string): string {
  const label = Object.hasOwn(carerCodeLabels, code) ? carerCodeLabels[code] : undefined;
  return label ? `${label} (${code})` : code;
}
