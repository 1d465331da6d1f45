// Citations a reader pastes into notes or an article: ID, subject, date, origin, link.

export interface CitationFields {
  /** `09ASTANA559`; null when neither the page nor the text names the cable. */
  id: string | null;
  subject: string | null;
  /** ISO date-time group `2009-03-31T11:53Z`, or null. */
  dateIso: string | null;
  /** Display origin, e.g. `Embassy Astana`. */
  origin: string | null;
  url: string;
}

/** `2009-03-31T11:53Z` → `2009-03-31 11:53 UTC`; anything else is returned unchanged. */
export function formatUtc(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function parts(fields: CitationFields): { id: string; subject: string | null; details: string[] } {
  const details: string[] = [];
  if (fields.origin) details.push(fields.origin);
  if (fields.dateIso) details.push(formatUtc(fields.dateIso));
  const subject = fields.subject?.replace(/\s+/g, ' ').trim() || null;
  return { id: fields.id ?? 'Unidentified cable', subject, details };
}

/** `09ASTANA559, "SUBJECT", Embassy Astana, 2009-03-31 11:53 UTC. https://…` */
export function citationText(fields: CitationFields): string {
  const { id, subject, details } = parts(fields);
  const head = [id, ...(subject ? [`"${subject}"`] : []), ...details].join(', ');
  return `${head}. ${fields.url}`;
}

/** Escapes characters Markdown would read as syntax inside link text or prose. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`);
}

/** Makes a URL safe as a Markdown link destination (no spaces, no unbalanced parentheses). */
export function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[09ASTANA559](https://…) — "SUBJECT", Embassy Astana, 2009-03-31 11:53 UTC` */
export function citationMarkdown(fields: CitationFields): string {
  const { id, subject, details } = parts(fields);
  const tail = [...(subject ? [`"${escapeMarkdown(subject)}"`] : []), ...details.map(escapeMarkdown)].join(', ');
  const link = `[${escapeMarkdown(id)}](${markdownUrl(fields.url)})`;
  return tail === '' ? link : `${link} — ${tail}`;
}
