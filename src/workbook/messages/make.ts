/**
 * The workbook's message constructor without its tables: modules the pane loads at first paint
 * (names.ts, references.ts) make messages here and never word them (the Chinese table stays in the
 * scoring chunk; the English one in the pane's English chunk).
 */
import { messageMaker } from '../../engine/messages/message';
import type { WorkbookMessages } from './zh';

export const wmsg = messageMaker<WorkbookMessages>();
