/** Tab-separated tables as used in utils/glossary/sources: one header row, `#` comment lines. */

export type TsvRow = Record<string, string>;

export function parseTsv(text: string): TsvRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('#'));
  const header = lines[0]?.split('\t') ?? [];
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row: TsvRow = {};
    header.forEach((name, i) => {
      row[name] = (cells[i] ?? '').trim();
    });
    return row;
  });
}
