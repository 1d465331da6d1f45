// Shown in place of the overlay while the reader looks at the original page: one quiet bar with
// the way back.
export function ShowCableLensBar({ cableId, onShow }: { cableId: string | null; onShow(): void }) {
  return (
    <div class="cl-overlay cl-original-bar" lang="en" role="region" aria-label="Cable Lens">
      <span class="cl-original-bar-text">
        Showing the original page{cableId !== null && cableId !== '' ? ` of ${cableId}` : ''}.
      </span>
      <button type="button" class="cl-button" data-action="show-cable-lens" onClick={onShow}>
        Show Cable Lens
      </button>
    </div>
  );
}
