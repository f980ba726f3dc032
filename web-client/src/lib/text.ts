/** "Share my information with CHUMS" inside a sentence: only the first letter changes, never a name. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
