/** The report draft as data: blocks a host lays out (a Word document, a sheet, plain text). */

export type ReportBlock =
  | { kind: 'title'; text: string }
  /** 一、… (level 1) or （一）… (level 2). */
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /** `widths`: relative column widths (the 指标 column wider), for hosts that lay out columns. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] };

/** What the report knows besides the result: the sheet it came from, and head-block facts if any. */
export interface ReportFacts {
  /** The scored sheet's name (the title's fallback). */
  sheet: string;
  /** 部门 / 项目名称, when known (never guessed: absent means a 【请填写】 placeholder). */
  organisation?: string;
  /** 年度 (2023), when known. */
  year?: string;
}

export interface ReportDraft {
  blocks: ReportBlock[];
}
