/**
 * The ribbon command's message dialog: shows the ?m= text as plain text (textContent, never HTML)
 * and a 关闭 / Close button that asks the command to close the dialog.
 */

/** The message passed by commands.ts; a fallback when the page is opened without one. */
export function messageFromSearch(search: string): string {
  return new URLSearchParams(search).get('m') ?? '评分已结束。(Scoring finished.)';
}

function close(): void {
  try {
    // The command closes the dialog when it hears from it; without Office, close the window.
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent)
      Office.context.ui.messageParent('close');
    else window.close();
  } catch {
    window.close();
  }
}

export function renderDialog(doc: Document, search: string): void {
  const target = doc.getElementById('message') ?? doc.body.appendChild(doc.createElement('main'));
  const text = doc.createElement('p');
  text.style.whiteSpace = 'pre-line';
  text.textContent = messageFromSearch(search);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = '关闭 / Close';
  button.addEventListener('click', close);
  target.replaceChildren(text, button);
  button.focus();
}

if (typeof document !== 'undefined') {
  const start = () => renderDialog(document, window.location.search);
  if (typeof Office !== 'undefined') void Office.onReady(start);
  else start();
}
