/**
 * The manifest's <FunctionName> of 评分本表 (ExecuteFunction); must not change. Its own module so
 * the ES5 preflight script can register the same id without the scoring code.
 */
export const SCORE_FUNCTION_ID = 'scoreThisSheet';
