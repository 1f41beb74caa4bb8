/**
 * The manifest's <FunctionName>s of the ribbon's ExecuteFunction buttons; they must not change.
 * Their own module so the ES5 preflight script can register the same ids without the scoring code.
 */
/** 评分本表 / Score this sheet. */
export const SCORE_FUNCTION_ID = 'scoreThisSheet';
/** 评分全部工作表 / Score all sheets. */
export const SCORE_ALL_FUNCTION_ID = 'scoreAllSheets';
