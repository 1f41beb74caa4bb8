/**
 * 评分区域: after setup, every input name of the sheet — set (where; click to select it), unusable
 * (why), or not set (what detection proposes, or what its absence costs) — with 用所选区域 beside
 * each, and the detected ranges for the names still unset in one click. Open by itself while a
 * required name is missing, so a sheet with some names is never a dead end.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import {
  missingRequired,
  proposalsForUnset,
  type RangeState,
  type SheetLayout,
} from '../../app/sheet-layout';
import type { StringKey, Translate } from '../i18n';
import { oneLine } from './DetectionChecklist';
import { Fold } from './Fold';
import { NoticeBar } from './NoticeBar';
import { Tag, type TagColor } from './Tag';
import { Button, Caption1, Text } from './ui';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { color: tokens.colorNeutralForeground3 },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
  link: {
    border: 'none',
    background: 'none',
    padding: 0,
    cursor: 'pointer',
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    textDecorationLine: 'underline',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  actions: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  rest: { marginTop: tokens.spacingVerticalS },
});

export interface RangesFoldProps {
  t: Translate;
  layout: SheetLayout | null;
  loading: boolean;
  busy: boolean;
  /** How many input names the sheet has (known before the layout is read). */
  setCount: number;
  total: number;
  defaultOpen: boolean;
  /** The fold was opened: read the layout if it is not there yet. */
  onOpen: () => void;
  onUseSelection: (name: string) => void;
  onUseDetected: (definitions: { name: string; address: string }[]) => void;
  onSelectCell: (address: string) => void;
}

function stateMark(range: RangeState): { color: TagColor; key: StringKey } {
  if (range.address) return { color: 'success', key: 'partFound' };
  if (range.broken) return { color: 'danger', key: 'rangeUnset' };
  return {
    color: range.required ? 'danger' : range.consequence ? 'warning' : 'informative',
    key: 'rangeUnset',
  };
}

function RangeItem({
  range,
  t,
  busy,
  onUseSelection,
  onSelectCell,
}: { range: RangeState } & Pick<RangesFoldProps, 't' | 'busy' | 'onUseSelection' | 'onSelectCell'>) {
  const styles = useStyles();
  const label = t(`label.${range.name}` as StringKey, { text: range.label });
  const { color, key } = stateMark(range);
  let detail: ReactNode;
  if (range.address) {
    const address = range.address;
    detail = (
      <>
        {t('rangeSet', { address: '' })}
        <button type="button" className={styles.link} onClick={() => onSelectCell(address)}>
          {address}
        </button>
      </>
    );
  } else if (range.broken) {
    detail = t('rangeBroken', { message: range.broken });
  } else if (range.proposal) {
    const from = range.proposal.header
      ? ` · ${t('fromHeader', { header: oneLine(range.proposal.header), cell: range.proposal.headerCell ?? '' })}`
      : '';
    detail = `${t('rangeProposal', { address: range.proposal.address })}${from}`;
  } else {
    detail = range.consequence
      ? t(`cost.${range.name}` as StringKey, { text: range.consequence })
      : t('rangeOptional');
  }
  return (
    <li
      className={styles.item}
      data-testid="range-item"
      data-name={range.name}
      data-set={range.address ? 'yes' : 'no'}
    >
      <span>
        <span className={styles.line}>
          <Tag color={color}>{t(key)}</Tag>
          <Text weight="semibold">{label}</Text>
          <Caption1 className={styles.name}>{range.name}</Caption1>
        </span>
        <Caption1 className={styles.detail}>{detail}</Caption1>
      </span>
      <Button
        size="small"
        disabled={busy}
        aria-label={t('useSelectionFor', { name: range.name, label })}
        title={t('useSelectionFor', { name: range.name, label })}
        onClick={() => onUseSelection(range.name)}
      >
        {t('useSelectionShort')}
      </Button>
    </li>
  );
}

export function RangesFold(props: RangesFoldProps) {
  const { t, layout, loading, busy, setCount, total, defaultOpen, onOpen, onUseDetected } = props;
  const styles = useStyles();
  const missing = layout ? missingRequired(layout) : [];
  const rest = layout ? proposalsForUnset(layout) : [];
  return (
    <Fold
      title={t('rangesTitle', { set: setCount, total })}
      defaultOpen={defaultOpen}
      testId="fold-ranges"
      onToggle={(open) => {
        if (open) onOpen();
      }}
    >
      {loading && <Caption1>{t('detecting')}</Caption1>}
      {layout && !loading && (
        <div className={styles.actions}>
          {missing.length > 0 && (
            <NoticeBar
              testId="ranges-missing"
              notice={{
                intent: 'warning',
                text: t('missingRequired', {
                  names: missing
                    .map((r) => `${t(`label.${r.name}` as StringKey, { text: r.label })}（${r.name}）`)
                    .join(t('listSeparator')),
                }),
              }}
            />
          )}
          <ul className={styles.list}>
            {layout.ranges.map((range) => (
              <RangeItem key={range.name} range={range} {...props} />
            ))}
          </ul>
          {rest.length > 0 && (
            <Button
              appearance={missing.length > 0 ? 'primary' : 'secondary'}
              className={styles.rest}
              disabled={busy}
              onClick={() => onUseDetected(rest)}
            >
              {t('useDetectedRest', { count: rest.length })}
            </Button>
          )}
        </div>
      )}
    </Fold>
  );
}
