/** Office errors become sentences an officer can act on; a run never throws. */
import { describeOfficeError, scoreActiveSheet, type ExcelRunner } from '../../../src/hosts/office';
import { FakeOfficeError, PROTECTED_SHEET_MESSAGE } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

describe('describeOfficeError', () => {
  it.each([
    ['AccessDenied', '没有权限修改'],
    ['ItemNotFound', '找不到需要的工作表或名称'],
    ['ItemAlreadyExists', '已存在'],
    ['InvalidArgument', 'Excel 不接受写入的内容'],
    ['InvalidOperation', '名称或区域的引用无效'],
    ['InvalidReference', '名称或区域的引用无效'],
    ['RequestPayloadSizeLimitExceeded', '5 MB'],
    ['ResponsePayloadSizeLimitExceeded', '5 MB'],
    ['Conflict', '同时编辑'],
    ['ActivityLimitReached', '操作过于频繁'],
    ['ServiceNotAvailable', '暂时不可用'],
    ['Unauthenticated', '重新登录'],
    ['ApiNotFound', '不支持所需功能'],
    ['GeneralException', 'Excel 内部错误'],
    ['PropertyNotLoaded', '程序内部错误'],
  ])('%s -> Chinese first, English in parentheses', (code, words) => {
    const message = describeOfficeError(new FakeOfficeError(code));
    expect(message).toContain(words);
    expect(message).toMatch(/^[^(]*[\u4e00-\u9fff][^(]*\(.+\)$/);
  });

  it('recognises a protected-sheet rejection by its text, whatever the code', () => {
    expect(describeOfficeError(new FakeOfficeError('AccessDenied', PROTECTED_SHEET_MESSAGE))).toContain(
      '受保护，Excel 拒绝了写入',
    );
    expect(describeOfficeError(new FakeOfficeError('InvalidOperation', PROTECTED_SHEET_MESSAGE))).toContain(
      '受保护，Excel 拒绝了写入',
    );
  });

  it('recognises cell-edit mode', () => {
    const error = {
      code: 'InvalidOperation',
      message: 'Excel is in cell-editing mode. Please exit the edit mode.',
    };
    expect(describeOfficeError(error)).toContain('请按 Enter 或 Esc');
  });

  it.each([
    ['a plain Error', new Error('boom'), 'boom'],
    ['a string', 'network down', 'network down'],
    ['an unknown code', { code: 'SomethingNew', message: 'odd' }, 'odd'],
    ['nothing useful', undefined, 'undefined'],
  ])('keeps the detail of %s', (_label, error, detail) => {
    const message = describeOfficeError(error);
    expect(message).toContain('评分时出现意外错误');
    expect(message).toContain(detail);
  });
});

describe('scoreActiveSheet never throws', () => {
  it('an error during the read becomes a failed outcome with the mapped message', async () => {
    const run: ExcelRunner = async () => {
      throw new FakeOfficeError(
        'InvalidOperation',
        'Excel is in cell-editing mode. Please exit the edit mode.',
      );
    };
    const outcome = await scoreActiveSheet(run);
    expect(outcome).toEqual({
      status: 'failed',
      sheet: null,
      message: describeOfficeError({ code: 'InvalidOperation', message: 'Excel is in cell-editing mode.' }),
      text: { code: 'excel.InvalidOperationInCellEditMode', params: {} },
    });
  });

  it('a read response over Excel on the web’s limit fails with the 5 MB message', async () => {
    const workbook = exampleWorkbook();
    // A response limit far below the example's read (about 25 KB).
    const { run } = fakeRunner(workbook, { payloadLimitBytes: null, responseLimitBytes: 10 });
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.message).toContain('5 MB');
  });

  it('a write rejected by Excel (a sheet that appeared meanwhile) fails with a message, not an exception', async () => {
    const workbook = exampleWorkbook();
    const { fake } = fakeRunner(workbook);
    // Between the read and the write, someone else adds a sheet with the output's name.
    const inner = fake.Excel.run;
    let syncs = 0;
    const racing = (async (batch: (context: unknown) => Promise<unknown>) =>
      inner(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T>(value?: T) => {
          syncs += 1;
          if (syncs === 2) workbook.addSheet('评分汇总');
          return sync(value);
        };
        return batch(context);
      })) as unknown as ExcelRunner;
    const outcome = await scoreActiveSheet(racing);
    expect(outcome).toMatchObject({ status: 'failed', sheet: '绩效指标' });
    expect(outcome.status === 'failed' && outcome.message).toContain('已存在');
  });
});

describe('Office errors as messages', () => {
  it('the Chinese words are the sentence the dialog shows; English words every code', () => {
    const { OFFICE_EN } = jest.requireActual<typeof import('../../../src/hosts/office/messages-en')>(
      '../../../src/hosts/office/messages-en',
    );
    const { OFFICE_ZH } = jest.requireActual<typeof import('../../../src/hosts/office/messages')>(
      '../../../src/hosts/office/messages',
    );
    const { officeErrorText } = jest.requireActual<typeof import('../../../src/hosts/office/errors')>(
      '../../../src/hosts/office/errors',
    );
    expect(Object.keys(OFFICE_EN).sort()).toEqual(Object.keys(OFFICE_ZH).sort());
    expect(officeErrorText({ code: 'ItemNotFound', message: 'x' })).toEqual({
      code: 'excel.ItemNotFound',
      params: {},
    });
    expect(officeErrorText({ code: 'Weird', message: 'boom' })).toEqual({
      code: 'excel.unexpected',
      params: { detail: 'boom' },
    });
  });
});
