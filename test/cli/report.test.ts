/**
 * `perfscore report`: the seed example (with its 备注 column named PE_Reasons) becomes a Word
 * document whose text states the result's figures, in 仿宋/黑体, with the 附表 as a real table; no
 * .xlsx is written. Also a sheet without names (detected) and the usage errors.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { tempDir, writeExample } from '../fixtures/xlsx/build';
import { runCli } from './run-cli';
import { defaultReportPath } from '../../src/cli/report-command';
import { parseArgs } from '../../src/cli/args';

const dir = tempDir();

async function seedWithReasons(file: string): Promise<string> {
  return writeExample(join(dir, file), (_sheet, _workbook, names) => [
    ...names,
    { name: 'PE_Reasons', scope: 'workbook', formula: "'绩效指标'!$H$3:$H$26" },
  ]);
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file('word/document.xml')!.async('string');
}

describe('perfscore report on the seed', () => {
  let xml = '';
  let run: Awaited<ReturnType<typeof runCli>>;
  const out = join(dir, 'seed.docx');

  beforeAll(async () => {
    const input = await seedWithReasons('seed.xlsx');
    run = await runCli('report', input, '--out', out);
    xml = await documentXml(out);
  });

  it('exits 0, says where it wrote, writes no .xlsx', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`自评报告已写入 ${out}（总分 94.46，优）`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.scored.xlsx'))).toEqual([]);
  });

  it('the document states the result: 94.46 优, 48.92, 20, 18.98, 9.94, 45.54, the over-150% rows with reasons', () => {
    for (const sentence of [
      '2023年度天河区政务服务数据管理局部门整体支出绩效自评报告',
      '年度预算为13752.09万元，决算支出13670.54万元，预算执行率99.41%。自评得分为94.46分，自评等级为“优”。',
      '自评得分为48.92分',
      '该项评分为满分20分。',
      '“区政务服务中心服务人数”指标值的完成率为214.84%，主要原因为疫情结束后线下办事人数显著增多',
      '“‘天河e企查’系统业务量”指标值的完成率为223.98%，主要原因为加大宣传力度，系统使用率增加',
      '按评分规则只得该指标权重分值的一半',
      '“区政务服务事项可网办率”指标值的完成率为97.99%',
      '该项指标只得0.98分',
      '因此，该项评分为18.98分。',
      '因此该指标得9.94分。',
      '自评得分为45.54分',
      '“采购合同签订时效性”方面：',
      '2个指标完成率超过150%',
      '建议下年目标≥170万',
    ]) {
      expect(xml).toContain(sentence);
    }
  });

  it('A4, 仿宋 body, 黑体 headings, and the 附表 as a table', () => {
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tbl>');
    expect((xml.match(/<w:tr>/g) ?? []).length).toBeGreaterThanOrEqual(25);
  });
});

it('a sheet without names is reported from its detected layout; the default output sits next to the input', async () => {
  const input = await writeExample(join(dir, 'detected.xlsx'), () => []);
  const run = await runCli('report', input, '--sheet', '绩效指标');
  expect(run.code).toBe(0);
  const out = defaultReportPath(input);
  expect(out).toBe(join(dir, 'detected.自评报告.docx'));
  expect(existsSync(out)).toBe(true);
  expect(await documentXml(out)).toContain('自评得分为94.46分');
});

it('usage errors and an unknown sheet', async () => {
  expect(parseArgs(['report'])).toMatchObject({ command: 'usage-error' });
  expect(parseArgs(['report', 'a.xlsx', 'b.xlsx'])).toMatchObject({ command: 'usage-error' });
  expect(parseArgs(['report', 'a.xlsx', '--out', 'a.pdf'])).toMatchObject({ command: 'usage-error' });
  expect(parseArgs(['report', 'a.xlsx', '--sheet', 'S', '--out=r.docx'])).toEqual({
    command: 'report',
    input: 'a.xlsx',
    sheet: 'S',
    out: 'r.docx',
    profile: null,
    detect: true,
  });
  const input = await seedWithReasons('unknown-sheet.xlsx');
  const run = await runCli('report', input, '--sheet', '没有这张表');
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('不存在');
});
