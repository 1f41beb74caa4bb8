/**
 * The setup card's checklist: every part detection looked for, found (its range and the header it
 * came from) or not (what that costs), and the scoring rules it chose with the reason.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DetectedPart, Detection } from '../../workbook/detect';
import { localAddress } from '../../app/sheet-layout';
import { profileKey, type StringKey, type Translate } from '../i18n';
import { Tag, type TagColor } from './Tag';
import { Caption1, Text } from './ui';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  label: { flexGrow: 1 },
  address: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, paddingLeft: '52px' },
  tag: { minWidth: '44px', flexShrink: 0 },
  profile: { display: 'block', marginTop: tokens.spacingVerticalS },
});

/** A header as one line: "年度\n目标值" -> "年度目标值" (the officer reads it as printed). */
export function oneLine(text: string | null): string {
  return (text ?? '').replace(/\s*\n\s*/g, '').trim();
}

/** The mark beside a part: found, missing and required, missing at a cost, missing at no cost. */
function mark(part: DetectedPart): { color: TagColor; key: StringKey } {
  if (part.status === 'found') return { color: 'success', key: 'partFound' };
  if (part.required) return { color: 'danger', key: 'partMissing' };
  return { color: part.consequence ? 'warning' : 'informative', key: 'partMissing' };
}

export function partDetail(part: DetectedPart, t: Translate): string {
  if (part.status === 'found') {
    return t('fromHeader', { header: oneLine(part.header), cell: part.headerCell ?? '' });
  }
  return part.consequence
    ? t(`cost.${part.name}` as StringKey, { text: part.consequence })
    : t('rangeOptional');
}

export function DetectionChecklist({ detection, t }: { detection: Detection; t: Translate }) {
  const styles = useStyles();
  return (
    <div>
      <ul className={styles.list} data-testid="setup-checklist">
        {detection.parts.map((part) => {
          const { color, key } = mark(part);
          return (
            <li
              key={part.name}
              className={styles.item}
              data-testid="checklist-item"
              data-status={part.status}
            >
              <span className={styles.line}>
                <span className={styles.tag}>
                  <Tag color={color}>{t(key)}</Tag>
                </span>
                <Text weight="semibold" className={styles.label}>
                  {t(`label.${part.name}` as StringKey, { text: part.label })}
                </Text>
                {part.area && <Text className={styles.address}>{localAddress(part.area)}</Text>}
              </span>
              <Caption1 className={styles.detail}>{partDetail(part, t)}</Caption1>
            </li>
          );
        })}
      </ul>
      <Text weight="semibold" className={styles.profile} data-testid="setup-profile">
        {t('profileChosen', { profile: t(profileKey(detection.profile.id)) })}
      </Text>
      <Caption1>{t('profileWhy', { reason: detection.profile.reason })}</Caption1>
    </div>
  );
}
