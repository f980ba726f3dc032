/**
 * A chosen CSV file's text, or the GOV.UK message to show for the file field when it cannot be read or
 * its content is wrong (`contentError` is the feature's own check of the first row).
 */
export async function readCsv(file: Blob, contentError: (csv: string) => string | undefined): Promise<{ csv: string } | { error: string }> {
  let csv: string;
  try {
    csv = await file.text();
  } catch {
    return { error: 'The selected file could not be read. Choose it again' };
  }
  const wrong = contentError(csv);
  return wrong ? { error: wrong } : { csv };
}
