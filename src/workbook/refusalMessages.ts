/**
 * The refusal messages planScoring gives before writing anything, in their own module so the pane
 * can recognise them (and word them in its language) without loading the planner.
 */
import type { SheetRefusal } from './types';

export const PROTECTED_MESSAGE = '工作表受保护，未写入任何内容。请撤销保护后重试。';
/** The workbook's structure is protected and the run would add its output sheets. */
export const STRUCTURE_PROTECTED_MESSAGE =
  '工作簿结构受保护，无法添加评分输出工作表，未写入任何内容。请撤销工作簿保护（审阅 → 保护工作簿）后重试。';

/**
 * Refusals the pane's setup card resolves (the ranges are not known): the ribbon opens the pane for
 * them, for one sheet (评分本表) or when no sheet of the workbook could be scored for want of them
 * (评分全部工作表).
 */
export const SETUP_REFUSALS: readonly SheetRefusal['code'][] = ['not-found', 'missing-required-name'];
