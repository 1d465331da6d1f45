import type { CableSummary, PageStatus } from '../../utils/messages';

/** "Cable 09ASTANA559 · 4 paragraphs · UNCLASSIFIED//FOR OFFICIAL USE ONLY" */
export function formatCableSummary(cable: CableSummary): string {
  const parts = [`Cable ${cable.id}`, `${cable.paragraphs} ${cable.paragraphs === 1 ? 'paragraph' : 'paragraphs'}`];
  if (cable.classification) parts.push(cable.classification);
  return parts.join(' · ');
}

/** One sentence for the page as a whole, above the per-cable lines. */
export function describePageState(status: PageStatus | null): string {
  if (status === null) return 'No cable found on this page';
  switch (status.state) {
    case 'overlay':
      return status.cables.length === 1 ? 'Cable Lens is showing this cable' : `Cable Lens is showing ${status.cables.length} cables`;
    case 'original':
      return 'Showing the page’s original text';
    case 'off':
      return 'Cable Lens is off on this page';
    case 'no-cable':
      return 'No cable found on this page';
  }
}
