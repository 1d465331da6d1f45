// Cable reference IDs as mirrors print them: `09ASTANA559`, `7575LIBREVILLE1895`, PlusD `1974ATHENS02959_b`.
const REFERENCE_ID = /^[0-9]{2,4}[A-Z][A-Z0-9-]{0,40}[0-9](?:_[a-z][0-9]*)?$/;

export function isReferenceId(text: string): boolean {
  return REFERENCE_ID.test(text);
}
