/**
 * Command-line flag reading shared by `perfscore score` and `perfscore report`: `--flag value` and
 * `--flag=value` spellings, a missing value, and the profile choice, with their usage messages.
 */
import type { ProfileId } from '../engine/types';

const PROFILES: readonly ProfileId[] = ['guangzhou-dept', 'national-project'];

/** "--out=x.xlsx" -> ["--out", "x.xlsx"]; anything else -> [arg, undefined]. */
export function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/**
 * The value of a flag that takes one: the inline one, else the next argument (advancing `index`).
 * A usage message when there is none (end of the line, empty, or the next flag).
 */
export function flagValue(
  flag: string,
  inline: string | undefined,
  rest: readonly string[],
  index: { i: number },
): { value: string } | { error: string } {
  const value = inline ?? rest[++index.i];
  if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
    return { error: `${flag} 缺少参数 (${flag} needs a value)` };
  }
  return { value };
}

/** The --profile value as a profile id, or the usage message naming the known ones. */
export function profileValue(value: string): { profile: ProfileId } | { error: string } {
  if ((PROFILES as readonly string[]).includes(value)) return { profile: value as ProfileId };
  return { error: `未知评分规则 ${value}，可用：${PROFILES.join(' / ')} (unknown profile)` };
}
