/**
 * Copies text to the clipboard from a content script. The async Clipboard API only exists in
 * secure contexts, and many cable mirrors are served over plain http, so fall back to the
 * selection-based copy command (allowed during the user's click).
 */
export async function copyText(text: string, scratchParent: Node = document.body): Promise<void> {
  if (globalThis.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission or focus problems: try the fallback below.
    }
  }
  const doc = scratchParent.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  scratchParent.appendChild(area);
  area.select();
  const copied = doc.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The browser refused to copy to the clipboard.');
}
