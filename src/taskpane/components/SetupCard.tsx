/**
 * Shown when the sheet has no PE_* names: detect the table from its headers (and confirm what was
 * found), name the selection, or insert the example sheet.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button, Caption1, Text } from './ui';
import { useState } from 'react';
import {
  INPUT_NAME_LABELS,
  INPUT_NAMES,
  type DetectedSetup,
  type PaneController,
} from '../../app/controller';
import type { Translate } from '../i18n';
import { problemNotice, type NoticeSource } from '../notice';
import { NativeSelect } from './NativeSelect';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  nameSelect: { minWidth: '160px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  found: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SetupCardProps {
  controller: PaneController;
  t: Translate;
  /** Shows a message in the pane's MessageBar (null clears it); worded when shown, in the current language. */
  report: (notice: NoticeSource | null) => void;
  /** Called after names were defined or a sheet inserted, so the pane re-reads the sheet. */
  onChanged: () => void;
}

export function SetupCard({ controller, t, report, onChanged }: SetupCardProps) {
  const styles = useStyles();
  const [detected, setDetected] = useState<DetectedSetup | null>(null);
  const [busy, setBusy] = useState(false);

  async function busyWhile(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const detect = () =>
    busyWhile(async () => {
      report(null);
      const outcome = await controller.detectSetup();
      if (outcome.ok) setDetected(outcome.detected);
      else report(problemNotice(outcome.problem));
    });

  const confirm = (found: DetectedSetup) =>
    busyWhile(async () => {
      const definitions = found.proposal.ranges.map((r) => ({ name: r.name, address: r.address }));
      const outcome = await controller.defineNames(definitions);
      if (!outcome.ok) return report(problemNotice(outcome.problem));
      setDetected(null);
      report((tr) => ({ intent: 'success', text: tr('namesDefined', { count: definitions.length }) }));
      onChanged();
    });

  const nameSelection = (name: string) =>
    busyWhile(async () => {
      const outcome = await controller.useSelectionAs(name);
      if (!outcome.ok) return report(problemNotice(outcome.problem));
      report((tr) => ({ intent: 'success', text: tr('nameDefined', { name, address: outcome.address }) }));
      onChanged();
    });

  const insertExample = () =>
    busyWhile(async () => {
      const outcome = await controller.insertExample();
      if (!outcome.ok) return report(problemNotice(outcome.problem));
      report((tr) => ({ intent: 'success', text: tr('exampleInserted', { sheet: outcome.sheet }) }));
      onChanged();
    });

  const missing = detected?.proposal.missingRequired ?? [];
  return (
    <section className={styles.card} data-testid="setup-card" aria-label={t('setupTitle')}>
      <Text weight="semibold">{t('setupTitle')}</Text>
      <Caption1>{t('setupHint')}</Caption1>
      {detected && (
        <div data-testid="setup-found">
          <Text>{t('detectFound')}</Text>
          <ul className={styles.found}>
            {detected.proposal.ranges.map((r) => (
              <li key={r.name}>
                <Text>{`${r.header.replace(/\s+/g, '')} → ${r.address}`}</Text> <Caption1>{r.name}</Caption1>
              </li>
            ))}
          </ul>
          {missing.length > 0 && <Text>{t('detectMissing', { names: missing.join(', ') })}</Text>}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || missing.length > 0}
              onClick={() => confirm(detected)}
            >
              {t('confirm')}
            </Button>
            <Button disabled={busy} onClick={() => setDetected(null)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.actions}>
        <Button disabled={busy} onClick={detect}>
          {t('detect')}
        </Button>
        {/* A native select as the "menu of names": Tab, arrows and Enter work everywhere. */}
        <NativeSelect
          className={styles.nameSelect}
          aria-label={t('useSelection')}
          value=""
          disabled={busy}
          onChange={(value) => {
            if (value) void nameSelection(value);
          }}
        >
          <option value="" disabled>
            {t('useSelection')}
          </option>
          {INPUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {`${name}（${INPUT_NAME_LABELS[name]}）`}
            </option>
          ))}
        </NativeSelect>
        <Button disabled={busy} onClick={insertExample}>
          {t('example')}
        </Button>
      </div>
    </section>
  );
}
