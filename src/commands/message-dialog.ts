/**
 * Opens dialog.html with a message and calls back when the officer closes it (or at once when it
 * cannot open). Used by the ribbon command (src/commands/commands.ts) and by the ES5 preflight
 * (src/preflight/preflight.ts), so it is written for both: ES5 library calls only, callbacks, no
 * URL class (old Internet Explorer has none).
 */

/** What dialog.html shows: a ready text (?m=), or the support message it builds itself (?support=). */
export type DialogContent = { text: string } | { support: string };

/** dialog.html beside `pageHref` (the page that opens it), with the content in its query. */
export function dialogUrl(pageHref: string, content: DialogContent): string {
  const folder = pageHref.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const query =
    'text' in content
      ? 'm=' + encodeURIComponent(content.text)
      : 'support=' + encodeURIComponent(content.support);
  return folder + 'dialog.html?' + query;
}

/** The slice of Office.js this uses (the global Office, passed in so tests can stand in for it). */
export interface DialogOffice {
  AsyncResultStatus: { Succeeded: unknown };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
  context: {
    ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; displayInIframe: boolean },
        callback: (result: {
          status: unknown;
          value: { addEventHandler(type: unknown, handler: () => void): void; close(): void };
        }) => void,
      ): void;
    };
  };
}

export function openMessageDialog(
  office: DialogOffice,
  url: string,
  size: { height: number; width: number },
  done: () => void,
): void {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  try {
    office.context.ui.displayDialogAsync(
      url,
      { height: size.height, width: size.width, displayInIframe: true },
      (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) return finish();
        const dialog = result.value;
        const closed = () => {
          try {
            dialog.close();
          } catch {
            // Already closed by the officer (DialogEventReceived).
          }
          finish();
        };
        dialog.addEventHandler(office.EventType.DialogMessageReceived, closed);
        dialog.addEventHandler(office.EventType.DialogEventReceived, closed);
      },
    );
  } catch {
    finish();
  }
}
