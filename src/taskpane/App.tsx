/**
 * The task pane. Knows nothing of Office: everything goes through the injected PaneController,
 * so tests render it with a fake controller. The bootstrap (index.tsx) supplies the real one.
 */
import { makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { Button, Caption1, Spinner, Text } from './components/ui';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PaneController, SheetStatus } from '../app/controller';
import type { RunOutcome } from '../app/types';
import type { ProfileId } from '../engine/types';
import { FlaggedLists } from './components/FlaggedLists';
import { NoticeBar } from './components/NoticeBar';
import { PaneHeader } from './components/PaneHeader';
import { ScoreSummary } from './components/ScoreSummary';
import { SetupCard } from './components/SetupCard';
import { ThemeRoot } from './components/ThemeRoot';
import { formatScore } from './format';
import { gradeKey, translator, type Locale, type Translate } from './i18n';
import { problemNotice, type NoticeSource } from './notice';
import { refusalNotice } from './outcome';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  scoreButton: { width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  rule: {
    width: '100%',
    border: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
  },
});

export interface AppProps {
  controller: PaneController;
  initialLocale?: Locale;
  theme?: Theme;
}

type Scored = Extract<RunOutcome, { status: 'scored' }>;

export function App({ controller, initialLocale = 'zh-CN', theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t: Translate = useMemo(() => translator(locale), [locale]);
  const [status, setStatus] = useState<SheetStatus | null>(null);
  const [profile, setProfile] = useState<ProfileId>('guangzhou-dept');
  const [running, setRunning] = useState(false);
  const [scored, setScored] = useState<Scored | null>(null);
  const [notice, setNotice] = useState<NoticeSource | null>(null);

  // A function in state must be wrapped, or React would call it as an updater.
  const show = useCallback((source: NoticeSource | null) => setNotice(() => source), []);

  const refreshStatus = useCallback(async () => {
    const outcome = await controller.getSheetStatus();
    if (!outcome.ok) return show(problemNotice(outcome.problem));
    setStatus(outcome.status);
    if (outcome.status.profile) setProfile(outcome.status.profile);
  }, [controller, show]);

  useEffect(() => {
    // Excel tells the pane when another sheet is activated (ExcelApi 1.7); registered once.
    void controller.watchActiveSheet(() => void refreshStatus());
  }, [controller, refreshStatus]);

  useEffect(() => {
    void refreshStatus();
    // The officer may switch sheets in Excel; re-read when they come back to the pane.
    const onFocus = () => void refreshStatus();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refreshStatus]);

  async function score() {
    setRunning(true);
    show(null);
    try {
      const outcome = await controller.score();
      if (outcome.status === 'scored') {
        setScored(outcome);
        const { total, grade } = outcome.result;
        show((tr) => ({
          intent: 'success',
          text: tr('scoredOk', { total: formatScore(total), grade: tr(gradeKey(grade)) }),
        }));
      } else {
        show(refusalNotice(outcome));
      }
    } catch (error) {
      // The controller reports failures as values; this only guards against a broken one.
      show(refusalNotice({ status: 'failed', sheet: null, message: String(error) }));
    } finally {
      setRunning(false);
    }
    await refreshStatus();
  }

  async function undo(last: Scored) {
    const outcome = await controller.undo(last.undo);
    if (!outcome.ok) return show(problemNotice(outcome.problem));
    setScored(null);
    show((tr) => ({ intent: 'info', text: tr('undone') }));
    await refreshStatus();
  }

  async function changeProfile(next: ProfileId) {
    setProfile(next);
    const outcome = await controller.setProfile(next);
    if (!outcome.ok) return show(problemNotice(outcome.problem));
    const key = outcome.stored === 'cell' ? 'profileSaved' : 'profileSession';
    show((tr) => ({ intent: 'info', text: tr(key) }));
  }

  async function select(sheet: string, cell: string) {
    const bang = cell.lastIndexOf('!');
    const target = bang >= 0 ? cell.slice(bang + 1) : cell;
    const onSheet = bang >= 0 ? cell.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : sheet;
    const outcome = await controller.selectCell(onSheet, target);
    if (!outcome.ok) show(problemNotice(outcome.problem));
  }

  async function showSummary(sheet: string) {
    const outcome = await controller.showSummary(sheet);
    if (!outcome.ok) show(problemNotice(outcome.problem));
  }

  const needsSetup = status !== null && status.names.length === 0;

  return (
    <ThemeRoot theme={theme} lang={locale}>
      <main className={styles.pane}>
        <PaneHeader
          t={t}
          profile={profile}
          disabled={running}
          onProfileChange={(next) => void changeProfile(next)}
          onSwitchLanguage={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        />
        <Text data-testid="sheet-name">{status ? t('sheet', { sheet: status.sheet }) : t('loading')}</Text>
        <Button
          appearance="primary"
          size="large"
          className={styles.scoreButton}
          disabled={running}
          onClick={() => void score()}
          icon={running ? <Spinner /> : undefined}
        >
          {running ? t('running') : t('scoreButton')}
        </Button>
        {notice && <NoticeBar notice={notice(t)} />}
        {needsSetup && (
          <SetupCard controller={controller} t={t} report={show} onChanged={() => void refreshStatus()} />
        )}
        {scored && (
          <>
            <hr className={styles.rule} />
            <Caption1 className={styles.muted}>{t('scoredSheet', { sheet: scored.sheet })}</Caption1>
            {!scored.result.complete && <NoticeBar notice={{ intent: 'warning', text: t('incomplete') }} />}
            <ScoreSummary result={scored.result} t={t} />
            <Caption1 className={styles.muted}>{t('selectHint')}</Caption1>
            <FlaggedLists
              result={scored.result}
              t={t}
              onSelectCell={(cell) => void select(scored.sheet, cell)}
            />
            <div className={styles.actions}>
              <Button onClick={() => void undo(scored)}>{t('undo')}</Button>
              <Button onClick={() => void showSummary(scored.sheet)}>{t('viewSummary')}</Button>
            </div>
          </>
        )}
      </main>
    </ThemeRoot>
  );
}
