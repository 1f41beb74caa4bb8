/**
 * Interfaces that disagree with et-jsapi-declare on purpose: test/wps-types/et-compat.test.ts
 * compiles this file the way it compiles et-compat.ts and expects each line below to be refused,
 * so the check is known to catch a wrong type, a parameter WPS does not take and a missing member.
 */
import type { Strict } from './et-compat';

interface WrongType {
  readonly Row: string; // a number in ET
}
interface WrongParameter {
  Add(Name: number, RefersTo: string): unknown; // ET's Names.Add takes the name as text
}
interface MissingMember {
  Protect2(): void; // no such member
}

export const wrongType = (declared: Strict<Et.Range>): Strict<WrongType> => declared;
export const wrongParameter = (declared: Strict<Et.Names>): Strict<WrongParameter> => declared;
export const missingMember = (declared: Strict<Et.Worksheet>): Strict<MissingMember> => declared;
