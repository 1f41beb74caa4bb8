/**
 * 复制全文: puts text on the clipboard. navigator.clipboard.writeText first; where the Office webview
 * refuses or lacks it (older Edge/IE webviews, a page without clipboard-write permission), a hidden
 * textarea is selected and document.execCommand('copy') copies it, as browsers allow inside a click.
 * Resolves false when neither worked: the pane then says how to copy from the sheet instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permission, focus): try the selection route below.
  }
  return copyBySelection(text);
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off screen but selectable: display:none or visibility:hidden cannot be selected.
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  area.style.opacity = '0';
  document.body.appendChild(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
