/**
 * Issue 9: the WPS host's narrow ET interface against et-jsapi-declare, in a test-only compile
 * (tsconfig.et-check.json: ES2022 lib, the declarations' globals, nothing else). et-compat.ts must
 * compile cleanly; et-mismatch.ts, wrong on purpose, must fail on each of its three checks.
 */
import { join } from 'path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');

function compile(file: string): readonly ts.Diagnostic[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.et-check.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.et-check.json could not be read');
  const program = ts.createProgram({ rootNames: [join(__dirname, file)], options: parsed.options });
  return ts.getPreEmitDiagnostics(program);
}

const describeAll = (diagnostics: readonly ts.Diagnostic[]) =>
  diagnostics.map((d) => {
    const where = d.file
      ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });

describe('the WPS host’s ET interface against et-jsapi-declare', () => {
  jest.setTimeout(120_000);

  it('compiles: every member the host uses is declared, with types the host accepts', () => {
    expect(describeAll(compile('et-compat.ts'))).toEqual([]);
  });

  it('would catch a wrong type, a wrong parameter and a missing member', () => {
    const found = compile('et-mismatch.ts');
    const lines = found.map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1);
    expect(lines).toEqual([18, 19, 20]);
    const text = describeAll(found).join('\n');
    expect(text).toContain('Row');
    expect(text).toContain('Add');
    expect(text).toContain('Protect2');
  });
});
