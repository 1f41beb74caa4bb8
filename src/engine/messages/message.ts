/**
 * Messages as data: a message is a code and its parameters, never a sentence. Each language has one
 * table keyed by code (./zh.ts, ./en.ts for the engine; src/workbook/messages for the workbook) whose
 * entry words the parameters; the Chinese table gives exactly the sentences the workbook and the CLI
 * write. A parameter is a figure already formatted by the engine (scores, rates: exact arithmetic and
 * rounding stay in one place), the officer's own text, or another message (a reason inside a note).
 */

/** A parameter: text (figures already formatted, officer's data), a nested message, or a list of them. */
export type MessageParam = string | number | Message | readonly (string | Message)[];

export interface Message {
  /** Key in every language's table, e.g. 'note.over-half', 'why.blank'. */
  readonly code: string;
  readonly params: { readonly [name: string]: MessageParam };
}

/** Words a nested message (or passes text through) in the same language as its parent. */
export type Render = (param: MessageParam) => string;

/** A language's table for a set of codes: `P` maps each code to its parameters' types. */
export type MessageTable<P> = { readonly [C in keyof P]: (params: P[C], render: Render) => string };

/** Any table, as the renderer looks codes up in it. */
export type AnyTable = Readonly<Record<string, (params: never, render: Render) => string>>;

/** A typed constructor for the codes of `P`: `msg('why.blank', {})`. */
export function messageMaker<P>() {
  return <C extends keyof P & string>(code: C, params: P[C]): Message =>
    ({ code, params }) as unknown as Message;
}

function isMessage(param: MessageParam): param is Message {
  return typeof param === 'object' && param !== null && !Array.isArray(param) && 'code' in param;
}

/**
 * The message in the language of `tables` (searched in order). A code no table knows gives null, so
 * that a caller can fall back to the text it already has rather than show a code.
 */
export function renderMessage(message: Message, tables: readonly AnyTable[]): string | null {
  let missing = false;
  const render: Render = (param) => {
    if (Array.isArray(param)) return param.map(render).join('');
    if (!isMessage(param)) return String(param);
    const template = tables.find((table) => Object.prototype.hasOwnProperty.call(table, param.code))?.[
      param.code
    ];
    if (!template) {
      missing = true;
      return '';
    }
    return (template as (p: unknown, r: Render) => string)(param.params, render);
  };
  const text = render(message);
  return missing ? null : text;
}
