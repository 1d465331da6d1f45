// One labelled line of the cable's front matter (E.O., TAGS, SUBJECT, REF, Classified By …).
import type { ComponentChildren } from 'preact';

export function FrontMatterField({ label, field, children }: { label: string; field: string; children: ComponentChildren }) {
  return (
    <div class="cl-field" data-field={field}>
      <div class="cl-field-label">{label}</div>
      <div class="cl-field-value">{children}</div>
    </div>
  );
}
