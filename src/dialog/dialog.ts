/**
 * The ribbon command's message dialog: shows the ?m= text, or the support message for ?support=
 * (src/app/support.ts builds it here: the full text would not fit in an old browser's URL), as plain
 * text (text nodes, never HTML), and a 关闭 / Close button that asks the command to close it.
 * Compiled to ES5 (webpack.config.js, ES5_SOURCES): where PerfScore cannot run, this dialog is what
 * explains it, on Internet Explorer web views too, so ES5 library calls only (no URLSearchParams).
 */
import { officeUnsupportedMessage, supportProblemFromKey } from '../app/support';

const FALLBACK = '评分已结束。(Scoring finished.)';

/** One query parameter, decoded; null when absent or not decodable. */
function queryParameter(search: string, name: string): string | null {
  const pairs = search.replace(/^\?/, '').split('&');
  for (let i = 0; i < pairs.length; i++) {
    const at = pairs[i].indexOf('=');
    const key = at < 0 ? pairs[i] : pairs[i].slice(0, at);
    if (key !== name) continue;
    try {
      return decodeURIComponent(pairs[i].slice(at + 1).replace(/\+/g, ' '));
    } catch {
      return null;
    }
  }
  return null;
}

/** The text to show; a fallback when the page is opened without one. */
export function messageFromSearch(search: string): string {
  const problem = supportProblemFromKey(queryParameter(search, 'support'));
  if (problem) return officeUnsupportedMessage(problem);
  const text = queryParameter(search, 'm');
  return text === null ? FALLBACK : text;
}

function close(): void {
  try {
    // The command closes the dialog when it hears from it; without Office, close the window.
    const office = (window as unknown as { Office?: typeof Office }).Office;
    if (office && office.context && office.context.ui && office.context.ui.messageParent)
      office.context.ui.messageParent('close');
    else window.close();
  } catch {
    window.close();
  }
}

export function renderDialog(doc: Document, search: string): void {
  const target = doc.getElementById('message') || doc.body.appendChild(doc.createElement('main'));
  while (target.firstChild) target.removeChild(target.firstChild);
  const text = doc.createElement('p');
  text.style.whiteSpace = 'pre-line';
  text.appendChild(doc.createTextNode(messageFromSearch(search)));
  const button = doc.createElement('button');
  button.type = 'button';
  button.appendChild(doc.createTextNode('关闭 / Close'));
  button.addEventListener('click', close);
  target.appendChild(text);
  target.appendChild(button);
  button.focus();
}

if (typeof document !== 'undefined') {
  const start = () => renderDialog(document, window.location.search);
  const office = (window as unknown as { Office?: { onReady?: (callback: () => void) => unknown } }).Office;
  if (office && typeof office.onReady === 'function') office.onReady(start);
  else start();
}
