/**
 * The checklist of a sheet's scoring ranges, one row per input name: set (where; click selects it),
 * unusable (why), detected (the range and the header it came from) or not found (what that costs),
 * with 用所选区域 beside each. The setup card and the 评分区域 fold both show it.
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';
import type { RangeState, SheetLayout } from '../../app/sheet-layout';
import type { StringKey, Translate } from '../i18n';
import { Tag, type TagColor } from './Tag';
import { Button, Caption1, Text } from './ui';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  tag: { flexShrink: 0, whiteSpace: 'nowrap', minWidth: '48px' },
  main: { flexGrow: 1, minWidth: 0 },
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
  link: {
    border: 'none',
    background: 'none',
    padding: 0,
    cursor: 'pointer',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    fontSize: tokens.fontSizeBase200,
  },
  // Quiet beside every row (16 of them): brand-coloured text, no frame until hovered or focused.
  button: { flexShrink: 0, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightRegular },
});

/** A header as one line: "年度\n目标值" -> "年度目标值" (the officer reads it as printed). */
const oneLine = (text: string | null) => (text ?? '').replace(/\s*\n\s*/g, '');

export interface RangesListProps {
  t: Translate;
  layout: SheetLayout;
  busy: boolean;
  onUseSelection: (name: string) => void;
  onSelectCell: (address: string) => void;
}

/** The row's mark and its line of detail. */
function describe(range: RangeState, t: Translate, link: (address: string) => ReactNode) {
  const cost = range.consequence;
  let color: TagColor = range.required ? 'danger' : cost ? 'warning' : 'informative';
  let tag: StringKey = cost || range.required ? 'partMissing' : 'tagOptional';
  let detail: ReactNode = cost ? t(`cost.${range.name}` as StringKey, { text: cost }) : t('rangeOptional');
  if (range.address) {
    [color, tag] = ['success', 'tagSet'];
    detail = link(range.address);
  } else if (range.broken) {
    const message = t.message(range.brokenText ?? undefined, range.broken);
    [color, tag, detail] = ['danger', 'tagBroken', t('rangeBroken', { message })];
  } else if (range.proposal) {
    const { address, header, headerCell } = range.proposal;
    [color, tag] = ['success', 'partFound'];
    detail = `${address} · ${t('fromHeader', { header: oneLine(header), cell: headerCell ?? '' })}`;
  }
  return { color, tag, detail };
}

export function RangesList({ t, layout, busy, onUseSelection, onSelectCell }: RangesListProps) {
  const styles = useStyles();
  const link = (address: string) => (
    <button type="button" className={styles.link} onClick={() => onSelectCell(address)}>
      {address}
    </button>
  );
  return (
    <ul className={styles.list} data-testid="ranges-list">
      {layout.ranges.map((range) => {
        const { color, tag, detail } = describe(range, t, link);
        const label = t(`label.${range.name}` as StringKey, { text: range.label });
        const useFor = t('useSelectionFor', { name: range.name, label });
        return (
          <li
            key={range.name}
            className={styles.item}
            data-testid="range-item"
            data-name={range.name}
            data-tag={tag}
          >
            <span className={styles.tag}>
              <Tag color={color}>{t(tag)}</Tag>
            </span>
            <span className={styles.main}>
              <Text weight="semibold">{label}</Text> <Caption1 className={styles.muted}>{detail}</Caption1>
            </span>
            <Button
              size="small"
              appearance="subtle"
              className={styles.button}
              disabled={busy}
              aria-label={useFor}
              title={useFor}
              onClick={() => onUseSelection(range.name)}
            >
              {t('useSelectionShort')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
