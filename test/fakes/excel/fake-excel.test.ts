/** The Excel fake behaves like Office.js where the scorer's correctness depends on it. */
import {
  createFakeExcel,
  dumpWorkbook,
  FakeWorkbook,
  FakeOfficeError,
  SHAPE_MISMATCH_MESSAGE,
} from './index';

import type { FakeRequestContext } from './context';
function sample() {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('绩效指标');
  sheet
    .set('A1', '指标')
    .set('B2', 0.999, { numberFormat: '0.00%', fill: '#FFC7CE' })
    .set('C3', { error: '#DIV/0!' });
  sheet.set('D4', 3, { formula: '=1+2' });
  workbook.addSheet('Other');
  workbook.defineName('PE_Actuals', "'绩效指标'!$B$2:$B$3");
  workbook.defineName('PE_Local', '绩效指标!$A$1', { sheet: '绩效指标' });
  workbook.defineName('PE_Broken', '=#REF!');
  workbook.defineName('PE_Two', '=绩效指标!$A$1,绩效指标!$C$1');
  workbook.activate(workbook.sheet('绩效指标'));
  return workbook;
}

async function expectOfficeError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toBeInstanceOf(FakeOfficeError);
  await promise.catch((e: FakeOfficeError) => expect(e.code).toBe(code));
}

describe('load before read', () => {
  it('throws PropertyNotLoaded for a property that was not loaded, and before the sync', async () => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2');
      expect(() => range.values).toThrow(/call the load method/);
      range.load('values, numberFormat');
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([
        ['指标', ''],
        ['', 0.999],
      ]);
      expect(range.numberFormat).toEqual([
        ['General', 'General'],
        ['General', '0.00%'],
      ]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  it.each([
    ['a string list', 'values, address'],
    ['an array', ['values', 'address']],
    ['an object', { values: true, address: true }],
    ['select', { select: 'values,address' }],
  ])('accepts load(%s)', async (_label, option) => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('B2');
      range.load(option as string);
      await context.sync();
      expect(range.values).toEqual([[0.999]]);
      expect(range.address).toBe('绩效指标!B2');
    });
  });

  it('reports error values as text and tells them apart with valueTypes', async () => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('C3:D4');
      range.load('values, valueTypes, formulas');
      await context.sync();
      expect(range.values).toEqual([
        ['#DIV/0!', ''],
        ['', 3],
      ]);
      expect(range.valueTypes).toEqual([
        ['Error', 'Empty'],
        ['Empty', 'Double'],
      ]);
      expect(range.formulas).toEqual([
        ['#DIV/0!', ''],
        ['', '=1+2'],
      ]);
    });
  });

  it('loads navigation paths: items/name and protection/protected', async () => {
    const workbook = sample();
    workbook.sheet('Other').protected = true;
    const { Excel } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name, items/protection/protected');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ['绩效指标', false],
        ['Other', true],
      ]);
    });
  });
});

describe('null objects and missing items', () => {
  it('isNullObject is readable only after a sync', async () => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('评分汇总');
      const present = context.workbook.worksheets.getItemOrNullObject('Other');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('lenient: null-ness propagates along a chain, and loaded properties of a null object read undefined', async () => {
    const { Excel } = createFakeExcel(sample(), { lenientNullObjects: true });
    await Excel.run(async (context) => {
      const used = context.workbook.names
        .getItemOrNullObject('PE_OutSummary')
        .getRangeOrNullObject()
        .worksheet.getUsedRangeOrNullObject();
      used.load('values');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(used.values).toBeUndefined();
    });
  });

  it('strict (default): a chain off an *OrNullObject result fails the whole sync', async () => {
    const { Excel } = createFakeExcel(sample());
    await expectOfficeError(
      Excel.run(async (context) => {
        const used = context.workbook.names
          .getItemOrNullObject('PE_OutSummary')
          .getRangeOrNullObject()
          .worksheet.getUsedRangeOrNullObject();
        used.load('values');
        await context.sync();
      }),
      'InvalidOperation',
    );
  });

  it('strict: a method, a navigation or a nested load on a possible null object fails even when it is not null', async () => {
    const { Excel } = createFakeExcel(sample());
    const attempts: ((context: FakeRequestContext) => void)[] = [
      (c) => c.workbook.worksheets.getItemOrNullObject('Other').getRange('A1').load('values'),
      (c) => c.workbook.worksheets.getItemOrNullObject('Other').load('name, protection/protected'),
      (c) => {
        const used = c.workbook.worksheets.getItem('Other').getUsedRangeOrNullObject();
        used.getCellProperties({ format: { fill: { color: true } } });
      },
    ];
    for (const attempt of attempts) {
      await expectOfficeError(
        Excel.run(async (context) => {
          attempt(context);
          await context.sync();
        }),
        'InvalidOperation',
      );
    }
  });

  it('strict: scalars of an *OrNullObject result load, and after the sync a non-null one can be used', async () => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('nope');
      const other = context.workbook.worksheets.getItemOrNullObject('Other');
      missing.load('name');
      other.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(other.isNullObject).toBe(false);
      const cell = other.getRange('A1').load('values');
      await context.sync();
      expect(cell.values).toEqual([['']]);
    });
  });

  it('getItem of a missing sheet fails the sync with ItemNotFound', async () => {
    const { Excel } = createFakeExcel(sample());
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('nope').load('name');
        await context.sync();
      }),
      'ItemNotFound',
    );
  });

  it('an empty sheet has a null used range (OrNullObject) or A1 (getUsedRange)', async () => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Other');
      const orNull = sheet.getUsedRangeOrNullObject(true);
      const plain = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(plain.address).toBe('Other!A1');
    });
  });
});

describe('names', () => {
  it('keeps workbook and sheet scopes in separate collections, with Excel types', async () => {
    const { Excel } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      const book = context.workbook.names.load('items/name, items/type, items/formula, items/value');
      const local = context.workbook.worksheets.getActiveWorksheet().names.load('items/name, items/formula');
      await context.sync();
      expect(book.items.map((n) => [n.name, n.type, n.formula])).toEqual([
        ['PE_Actuals', 'Range', '=绩效指标!$B$2:$B$3'],
        ['PE_Broken', 'Error', '=#REF!'],
        ['PE_Two', 'Range', '=绩效指标!$A$1,绩效指标!$C$1'],
      ]);
      expect(book.items[1].value).toBe('#REF!');
      expect(local.items.map((n) => [n.name, n.formula])).toEqual([['PE_Local', '=绩效指标!$A$1']]);
    });
  });

  it('getRange on a #REF! or multi-area name fails; getRangeOrNullObject gives a null object', async () => {
    const { Excel } = createFakeExcel(sample());
    for (const name of ['PE_Broken', 'PE_Two']) {
      await expectOfficeError(
        Excel.run(async (context) => {
          context.workbook.names.getItem(name).getRange().load('address');
          await context.sync();
        }),
        'InvalidOperation',
      );
      await Excel.run(async (context) => {
        const range = context.workbook.names.getItem(name).getRangeOrNullObject();
        await context.sync();
        expect(range.isNullObject).toBe(true);
      });
    }
  });

  it('deleting a sheet turns names that refer to it into #REF!', async () => {
    const workbook = sample();
    const { Excel } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Other').getRange('A1').values = [[1]];
      context.workbook.names.add('OnOther', context.workbook.worksheets.getItem('Other').getRange('A1:C4'));
      context.workbook.worksheets.getItem('Other').delete();
      const item = context.workbook.names.getItem('OnOther').load('type, formula');
      await context.sync();
      expect([item.type, item.formula]).toEqual(['Error', '=#REF!$A$1:$C$4']);
    });
  });

  it('refuses a name that already exists in the same scope', async () => {
    const { Excel } = createFakeExcel(sample());
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.names.add('PE_Actuals', '=绩效指标!$A$1');
        await context.sync();
      }),
      'ItemAlreadyExists',
    );
  });
});

describe('writes', () => {
  it('are queued and applied at sync; null leaves a cell unchanged; "" empties it', async () => {
    const workbook = sample();
    const { Excel, stats } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
      range.values = [[null, 'new']];
      expect(workbook.sheet('绩效指标').getCell(0, 1)).toBeUndefined();
      await context.sync();
      range.values = [['', null]];
    });
    expect(workbook.sheet('绩效指标').getCell(0, 0)).toBeUndefined();
    expect(workbook.sheet('绩效指标').getCell(0, 1)?.value).toBe('new');
    expect(stats.syncs).toBe(2); // the explicit one and Excel.run's final one
  });

  it('store numeric-looking text as numbers unless the cell is text-formatted or the text starts with an apostrophe', async () => {
    const workbook = sample();
    const { Excel } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Other');
      sheet.getRange('A1:D1').values = [['100', '12.5%', "'100", '=1+2']];
      sheet.getRange('F1').values = [['-扣分']];
      const text = sheet.getRange('E1');
      text.numberFormat = [['@']];
      text.values = [['007']];
      await context.sync();
    });
    const other = workbook.sheet('Other');
    expect([0, 1, 2, 3, 4].map((c) => other.getCell(0, c)?.value)).toEqual([100, 0.125, '100', null, '007']);
    expect(other.getCell(0, 1)?.numberFormat).toBe('0.00%');
    expect(other.getCell(0, 3)?.formula).toBe('=1+2');
    expect(other.getCell(0, 5)?.value).toEqual({ error: '#NAME?' });
  });

  it('checks the 2-D shape and rejects a mismatch with InvalidArgument', async () => {
    const { Excel } = createFakeExcel(sample());
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2').values = [[1, 2]];
      await context.sync();
    });
    await expectOfficeError(run, 'InvalidArgument');
    await run.catch((e: Error) => expect(e.message).toBe(SHAPE_MISMATCH_MESSAGE));
  });

  it('fail on a protected sheet and change nothing', async () => {
    const workbook = sample();
    workbook.sheet('绩效指标').protected = true;
    const before = dumpWorkbook(workbook);
    const { Excel, stats } = createFakeExcel(workbook);
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('H1').values = [['x']];
        await context.sync();
      }),
      'AccessDenied',
    );
    expect(dumpWorkbook(workbook)).toEqual(before);
    expect(stats.mutations).toBe(0);
  });

  it('fill: reads #FFFFFF for no fill, null for mixed; clear() removes it', async () => {
    const workbook = sample();
    const { Excel } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const none = sheet.getRange('A1').format.fill.load('color');
      const mixed = sheet.getRange('A2:B2').format.fill.load('color');
      const props = sheet.getRange('B2:C2').getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
      expect([none.color, mixed.color]).toEqual(['#FFFFFF', null]);
      expect(props.value).toEqual([
        [{ format: { fill: { color: '#FFC7CE' } } }, { format: { fill: { color: '#FFFFFF' } } }],
      ]);
      sheet.getRange('B2').format.fill.clear();
      sheet.getRange('A1').format.fill.color = '#ffeb9c';
    });
    expect(workbook.sheet('绩效指标').getCell(1, 1)?.fill).toBeUndefined();
    expect(workbook.sheet('绩效指标').getCell(0, 0)?.fill).toBe('#FFEB9C');
  });
});

describe('sync accounting', () => {
  it('counts syncs and estimates request and response bytes', async () => {
    const { Excel, stats } = createFakeExcel(sample());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:D4').load('values');
      await context.sync();
      await context.sync(); // nothing pending: not sent, not counted
    });
    expect(stats.syncs).toBe(1);
    expect(stats.requests[0].requestBytes).toBeGreaterThan(0);
    expect(stats.requests[0].responseBytes).toBeGreaterThan(20);
  });

  it('rejects a request over the payload limit before applying anything', async () => {
    const workbook = sample();
    const { Excel, stats } = createFakeExcel(workbook, { payloadLimitBytes: 1000 });
    await expectOfficeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Other').getRange('A1:A200').values = Array.from(
          { length: 200 },
          () => ['x'.repeat(10)],
        );
        await context.sync();
      }),
      'RequestPayloadSizeLimitExceeded',
    );
    expect(stats.mutations).toBe(0);
    expect(workbook.sheet('Other').cells.size).toBe(0);
  });

  it('getCellProperties is missing without ExcelApi 1.9', async () => {
    const { Excel } = createFakeExcel(sample(), { cellProperties: false });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => range.getCellProperties({ format: { fill: { color: true } } })).toThrow(
        /ExcelApi 1.9 requirement set/,
      );
    });
  });
});

describe('merged areas and fill patterns (ExcelApi 1.13 / 1.9)', () => {
  it('getMergedAreasOrNullObject lists the merges touching the range, whole; a null object when none', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet('My Sheet');
    sheet.merges.push({ top: 0, left: 0, bottom: 2, right: 0 }, { top: 5, left: 3, bottom: 6, right: 4 });
    const { Excel } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('My Sheet');
      const touching = ws.getRange('A2:B2').getMergedAreasOrNullObject().load('address, areaCount');
      const all = ws.getRange('A1:Z20').getMergedAreasOrNullObject().load('address');
      const none = ws.getRange('H1:H3').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect([touching.address, touching.areaCount]).toEqual(["'My Sheet'!A1:A3", 1]);
      expect(all.address).toBe("'My Sheet'!A1:A3,'My Sheet'!D6:E7");
      expect(none.isNullObject).toBe(true);
    });
  });

  it('getMergedAreasOrNullObject is missing without ExcelApi 1.13', async () => {
    const { Excel } = createFakeExcel(sample(), { mergedAreas: false });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => range.getMergedAreasOrNullObject()).toThrow(/ExcelApi 1.13 requirement set/);
    });
  });

  it('getCellProperties gives the fill pattern: None without a fill, Solid by default, the set pattern', async () => {
    const workbook = new FakeWorkbook();
    workbook
      .addSheet('S')
      .set('A1', 1, { fill: '#FFC7CE' })
      .set('B1', 2, { fill: '#000000', fillPattern: 'Gray25' })
      .set('C1', 3);
    const { Excel } = createFakeExcel(workbook);
    await Excel.run(async (context) => {
      const props = context.workbook.worksheets
        .getItem('S')
        .getRange('A1:C1')
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await context.sync();
      expect(props.value[0].map((c) => (c as { format?: { fill?: unknown } }).format?.fill)).toEqual([
        { color: '#FFC7CE', pattern: 'Solid' },
        { color: '#000000', pattern: 'Gray25' },
        { color: '#FFFFFF', pattern: 'None' },
      ]);
    });
  });
});

describe('simulated latency', () => {
  it('waits latencyMs per sync that is sent', async () => {
    const { Excel } = createFakeExcel(sample(), { latencyMs: 25 });
    const started = Date.now();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').load('values');
      await context.sync();
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['y']];
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
