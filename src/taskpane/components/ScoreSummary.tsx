/** The total, the grade badge and one line (with a bar) per group and section. */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { Bar } from './Bar';
import { Caption1, Text } from './ui';
import type { Message } from '../../engine/messages/message';
import type { Grade, RuleChange, ScoreLine, ScoreResult } from '../../engine/types';
import { formatScore, lineShare } from '../format';
import { gradeKey, type Translate } from '../i18n';
import { Tag, type TagColor } from './Tag';

/** 优 green, 良 blue, 中 amber, 差 red (docs/pane-design.md). */
export const GRADE_COLORS: Record<Grade, TagColor> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

const useStyles = makeStyles({
  totalRow: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  total: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  // Long English names wrap rather than push the figures out of a 320 px pane.
  name: { minWidth: 0, overflowWrap: 'anywhere' },
  figures: { whiteSpace: 'nowrap' },
  section: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalXS,
  },
  bar: { gridColumn: '1 / span 2' },
});

function SectionLine({ line, t }: { line: ScoreLine; t: Translate }) {
  const styles = useStyles();
  return (
    <div className={styles.section} data-testid="section-line">
      <Text className={styles.name}>{t.term(line.name)}</Text>
      <Text className={styles.figures}>
        {t('outOf', { score: formatScore(line.score), points: String(line.points) })}
      </Text>
      <Bar className={styles.bar} value={lineShare(line)} aria-label={t.term(line.name)} />
    </div>
  );
}

/** A changed setting as a message (engine code 'rule-change'), for the pane's other languages. */
const ruleChange = ({ setting, label, value, text }: RuleChange): Message => ({
  code: 'rule-change',
  params: { setting, label, value, text },
});

/** Groups with their sections under them, as the applied rules arrange them; sections alone otherwise. */
function arrange(result: ScoreResult): { group: ScoreLine | null; sections: ScoreLine[] }[] {
  const groups = result.rules.profile.groups;
  if (groups.length === 0 || result.groups.length === 0) return [{ group: null, sections: result.sections }];
  return result.groups.map((group) => {
    const names = groups.find((g) => g.name === group.name)?.sections ?? [];
    // A group that is its own single section (管理效率) needs no second line.
    const sections = result.sections.filter((s) => names.includes(s.name) && s.name !== group.name);
    return { group, sections };
  });
}

export function ScoreSummary({ result, t }: { result: ScoreResult; t: Translate }) {
  const styles = useStyles();
  return (
    <section aria-label={t('total')}>
      <Caption1>{t('total')}</Caption1>
      <div className={styles.totalRow}>
        <span className={styles.total} data-testid="total">
          {formatScore(result.total)}
        </span>
        <Tag
          size="large"
          color={GRADE_COLORS[result.grade]}
          data-testid="grade"
          aria-label={t('grade', { grade: t(gradeKey(result.grade)) })}
        >
          {t(gradeKey(result.grade))}
        </Tag>
      </div>
      {result.rules.changed.length > 0 && (
        <Caption1 data-testid="rules-changed">
          {t('rulesChanged', {
            list: result.rules.changed
              .map((c) => t.message(ruleChange(c), `${c.label} ${c.text}`))
              .join(t('ruleSeparator')),
          })}
        </Caption1>
      )}
      {arrange(result).map(({ group, sections }) => (
        <div key={group?.name ?? 'sections'}>
          {group && (
            <div className={styles.group} data-testid="group-line">
              <Text weight="semibold" className={styles.name}>
                {t.term(group.name)}
              </Text>
              <Text weight="semibold" className={styles.figures}>
                {t('outOf', { score: formatScore(group.score), points: String(group.points) })}
              </Text>
            </div>
          )}
          {sections.map((line) => (
            <SectionLine key={line.name} line={line} t={t} />
          ))}
        </div>
      ))}
    </section>
  );
}
