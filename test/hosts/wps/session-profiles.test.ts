/**
 * WPS keeps one pane for every open workbook: the rules an officer chose this session for a sheet
 * without PE_Profile belong to that sheet OF THAT WORKBOOK, never to a sheet of the same name in
 * another open file (the controller keys its choices by workbook, as last-run.ts keys its runs).
 */
import type { EtApplication } from '../../../src/hosts/wps/et-types';
import { createWpsController } from '../../../src/wps/controller';
import { createFakeEt } from '../../fakes/et';
import type { FakeWorkbook } from '../../fakes/excel';
import { departmentsWorkbook, DETECTED_SHEET } from '../../league/departments';

/** One ET application over two workbooks, `switchTo` making one the active workbook (with its Name). */
function twoBooks(a: FakeWorkbook, b: FakeWorkbook) {
  const apps = { 'A.xlsx': createFakeEt(a).Application, 'B.xlsx': createFakeEt(b).Application };
  let active: keyof typeof apps = 'A.xlsx';
  const app = new Proxy(
    {},
    {
      get(_target, property) {
        const current = apps[active];
        if (property === 'ActiveWorkbook') {
          const book = current.ActiveWorkbook;
          return Object.assign(Object.create(book) as object, { Name: active });
        }
        const value = Reflect.get(current, property, current) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
      },
    },
  ) as unknown as EtApplication;
  return { app, switchTo: (name: keyof typeof apps) => void (active = name) };
}

function detectedActive(): FakeWorkbook {
  const workbook = departmentsWorkbook(1);
  workbook.activate(workbook.sheet(DETECTED_SHEET));
  return workbook;
}

test('a rule choice for a sheet of one workbook never scores the same-named sheet of another', async () => {
  const control = createWpsController(createFakeEt(detectedActive()).Application);
  const plain = await control.score();
  if (plain.status !== 'scored') throw new Error(JSON.stringify(plain));

  const { app, switchTo } = twoBooks(detectedActive(), detectedActive());
  const controller = createWpsController(app);
  expect(await controller.setProfile('national-project')).toEqual({ ok: true, stored: 'session' });
  const chosen = await controller.score();
  if (chosen.status !== 'scored') throw new Error(JSON.stringify(chosen));
  expect(chosen.result.profile).toBe('national-project');

  switchTo('B.xlsx');
  const other = await controller.score();
  if (other.status !== 'scored') throw new Error(JSON.stringify(other));
  expect(other.result.profile).toBe(plain.result.profile);
  expect(other.result.profile).not.toBe('national-project');

  // Back in A, its choice still holds.
  switchTo('A.xlsx');
  const again = await controller.score();
  expect(again.status === 'scored' && again.result.profile).toBe('national-project');
});
