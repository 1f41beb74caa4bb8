/**
 * The two built-in profiles (docs/scoring-rules.md §1, §2, §12). Every number the rules use lives
 * here as data; the code reads it from the profile it is given.
 */
import { caseKey } from './caseKey';
import { DEFAULT_PRECISION } from './rounding';
import type { Profile, ProfileId } from './types';

/** Category keywords (without the suffix 指标) shared by both profiles. 满意度 differs per profile. */
const OUTPUT = '产出指标';
const BENEFIT = '效益指标';
const SATISFACTION = '满意度指标';

const COMMON_CATEGORIES: Record<string, string> = {
  数量: OUTPUT,
  质量: OUTPUT,
  时效: OUTPUT,
  成本: OUTPUT,
  产出: OUTPUT,
  社会效益: BENEFIT,
  经济效益: BENEFIT,
  生态效益: BENEFIT,
  可持续影响: BENEFIT,
  效益: BENEFIT,
};

const GRADE_BANDS: Profile['gradeBands'] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

export const PROFILES: Record<ProfileId, Profile> = {
  'guangzhou-dept': {
    id: 'guangzhou-dept',
    label: { 'zh-CN': '广州市部门整体支出绩效自评', 'en-US': 'Guangzhou department-wide self-evaluation' },
    sections: [
      { name: OUTPUT, points: 20, kind: 'indicators' },
      { name: BENEFIT, points: 20, kind: 'indicators' },
      { name: '预算执行率', points: 10, kind: 'budget' },
      { name: '管理效率', points: 50, kind: 'management' },
    ],
    groups: [
      { name: '履职效能', sections: [OUTPUT, BENEFIT, '预算执行率'] },
      { name: '管理效率', sections: ['管理效率'] },
    ],
    categories: { ...COMMON_CATEGORIES, 满意度: BENEFIT, 服务对象满意度: BENEFIT },
    overAchievementPercent: 150,
    overAchievementFactor: '0.5',
    reverseReviewRatio: '1.5',
    qualitativeFactors: { oneLevelShort: '0.6', twoOrMoreShort: '0' },
    gradeBands: GRADE_BANDS,
    precision: DEFAULT_PRECISION,
  },
  'national-project': {
    id: 'national-project',
    label: { 'zh-CN': '财政部项目支出绩效自评', 'en-US': 'National project self-evaluation' },
    sections: [
      { name: OUTPUT, points: 50, kind: 'indicators' },
      { name: BENEFIT, points: 30, kind: 'indicators' },
      { name: SATISFACTION, points: 10, kind: 'indicators' },
      { name: '预算执行率', points: 10, kind: 'budget' },
    ],
    groups: [],
    categories: { ...COMMON_CATEGORIES, 满意度: SATISFACTION, 服务对象满意度: SATISFACTION },
    overAchievementPercent: 150,
    overAchievementFactor: '1',
    reverseReviewRatio: '1.5',
    qualitativeFactors: { oneLevelShort: '0.8', twoOrMoreShort: '0' },
    gradeBands: GRADE_BANDS,
    precision: DEFAULT_PRECISION,
  },
};

export const DEFAULT_PROFILE: ProfileId = 'guangzhou-dept';

/** Throws on an unknown id: that is a programming error (ids come through parseProfileId). */
export function getProfile(id: ProfileId): Profile {
  const profile = PROFILES[id];
  if (!profile) throw new RangeError(`Unknown profile: ${String(id)}`);
  return profile;
}

/** 'guangzhou-dept' | 'national-project' from a cell or a flag, trimmed and case-insensitive. */
export function parseProfileId(text: unknown): ProfileId | null {
  if (typeof text !== 'string') return null;
  const key = caseKey(text.trim());
  return (Object.keys(PROFILES) as ProfileId[]).find((id) => caseKey(id) === key) ?? null;
}
