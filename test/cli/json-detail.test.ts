/** docs/workbook-contract.md §4: a detail row (其中：…) carries "detail": true; other rows no field. */
import { sheetJson } from '../../src/cli/json';
import { scoreEvaluation } from '../../src/engine';
import { inputOf } from '../engine/helpers';

test('detail rows are marked in the JSON, other rows carry no detail field', () => {
  const result = scoreEvaluation(
    inputOf([
      { target: '≥100万元', actual: '100万元', weight: 10, name: '资金到位金额' },
      { target: '≥40万元', actual: '42万元', weight: null, name: '其中：中央资金', category: null },
      { target: '≥95%', actual: '96%', weight: 10, name: '资金到位率', category: null },
    ]),
  );
  const rows = sheetJson('绩效指标', result, { layout: 'names', ranges: {} }).indicators;
  expect(rows.map((r) => [r.name, r.detail, r.score])).toEqual([
    ['资金到位金额', undefined, 10],
    ['其中：中央资金', true, null],
    ['资金到位率', undefined, 10],
  ]);
  expect(JSON.parse(JSON.stringify(rows[1]))).toMatchObject({ detail: true, weight: null, flag: 'ok' });
  expect('detail' in rows[0]).toBe(false);
});
