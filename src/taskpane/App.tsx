/**
 * The task pane. Knows nothing of Office: everything goes through the injected PaneController,
 * so tests render it with a fake controller. The bootstrap (index.tsx) supplies the real one.
 *
 * What it shows belongs to the active sheet: its name, its setup card or 评分区域 fold, and the
 * result of the last run ON THAT SHEET (results are kept per sheet for the session, so switching
 * back shows them again; a message about another sheet is cleared on switching).
 *
 * In a shared runtime the ribbon's 评分本表 runs in this page too, and talks to the pane through
 * `requests` (src/app/pane-requests.ts): after a ribbon run the pane re-reads the sheet; when the
 * ribbon could not find the ranges it opens the pane, which shows that sheet's setup card (or the
 * 评分区域 fold, opened) with the ribbon's message.
 */
import { makeStyles } from '@griffel/react';
import { tokens, type Theme } from '@fluentui/react-theme';
import { Button, Caption1, Spinner, Text } from './components/ui';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { NameDefinition, PaneAllOutcome, PaneController, Problem, SheetStatus } from '../app/controller';
import type { PaneRequests } from '../app/pane-requests';
import { INPUT_NAMES } from '../workbook/names';
import { proposalsForUnset, type SheetLayout } from '../app/sheet-layout';
import type { RunOutcome } from '../workbook/runOutcome';
import { heldUndoOf, isCurrentUndo, type HeldUndo } from '../app/held-undo';
import type { ProfileId } from '../engine/types';
import { DEFAULT_PROFILE } from '../engine/profiles';
import { FlaggedLists } from './components/FlaggedLists';
import { NoticeBar } from './components/NoticeBar';
import { PaneHeader } from './components/PaneHeader';
import { ReportActions } from './components/ReportActions';
import { RangesFold } from './components/RangesFold';
import { ScoreSummary } from './components/ScoreSummary';
import { SetupCard } from './components/SetupCard';
import { ThemeRoot } from './components/ThemeRoot';
import { formatScore } from './format';
import { gradeKey, profileKey, type Locale } from './i18n';
import { problemNotice, type NoticeSource } from './notice';
import { refusalNotice } from './outcome';
import { useLocale } from './useLocale';
import { needsRequired, useSheetLayout } from './useSheetLayout';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Nothing may scroll sideways at 320 px: an unbroken run (a long name, a cell value) wraps.
    minWidth: 0,
    maxWidth: '100%',
    overflowWrap: 'anywhere',
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
  /** Absent: the light theme of the page's stylesheet (see ThemeRoot). */
  theme?: Theme;
  /** The ribbon command in the same runtime (shared runtime only). */
  requests?: PaneRequests;
}

type Scored = Extract<RunOutcome, { status: 'scored' }>;
type AllScored = Extract<PaneAllOutcome, { status: 'scored' }>;

/** 评分全部工作表's result list: a chunk loaded on the first such click, not at first paint. */
const LeagueResults = lazy(() => import('./components/LeagueResults'));

export function App({ controller, initialLocale = 'zh-CN', theme, requests }: AppProps) {
  const styles = useStyles();
  const { locale, t, toggle: switchLanguage } = useLocale(initialLocale);
  const [status, setStatus] = useState<SheetStatus | null>(null);
  const [profile, setProfile] = useState<ProfileId>(DEFAULT_PROFILE);
  /** Rules picked in this pane per sheet (kept by the controller for sheets without PE_Profile). */
  const picked = useRef<Record<string, ProfileId>>({});
  const [running, setRunning] = useState(false);
  /** The run in progress is 生成自评报告's. */
  const [drafting, setDrafting] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The last run of each sheet this session, by sheet name. */
  const [results, setResults] = useState<Record<string, Scored>>({});
  const lastRuns = useRef(results);
  lastRuns.current = results;
  const [notice, setNotice] = useState<NoticeSource | null>(null);
  /** The last 评分全部工作表 of this session, until undone. */
  const [league, setLeague] = useState<AllScored | null>(null);
  const [runningAll, setRunningAll] = useState(false);
  /**
   * A run whose write failed part-way hands back the undo of what it wrote: offered until used. It,
   * each sheet's result's undo and the list's undo are held in memory: offered only while their run
   * is the host's current last run (isCurrentUndo, src/app/held-undo.ts), else the record's undo.
   */
  const [partial, setPartial] = useState<HeldUndo | null>(null);
  const shownSheet = useRef<string | null>(null);
  /** Counts the ribbon's setup requests: a new one re-opens the 评分区域 fold (it is keyed on it). */
  const [setupAsked, setSetupAsked] = useState(0);

  // A function in state must be wrapped, or React would call it as an updater.
  const show = useCallback((source: NoticeSource | null) => setNotice(() => source), []);
  const sheetLayout = useSheetLayout(controller, status, show);

  const applyStatus = useCallback(
    (next: SheetStatus) => {
      // Another sheet: a message about the previous one would now mislead.
      if (shownSheet.current !== null && shownSheet.current !== next.sheet) show(null);
      shownSheet.current = next.sheet;
      setStatus(next);
      // The rules shown are the sheet's: its PE_Profile, else picked here, else the last run's.
      const { sheet, profile: stored } = next;
      setProfile(
        stored ?? picked.current[sheet] ?? lastRuns.current[sheet]?.result.profile ?? DEFAULT_PROFILE,
      );
    },
    [show],
  );

  const refreshStatus = useCallback(async () => {
    const outcome = await controller.getSheetStatus();
    if (!outcome.ok) return show(problemNotice(outcome.problem));
    applyStatus(outcome.status);
  }, [controller, show, applyStatus]);

  useEffect(() => {
    // Excel tells the pane when another sheet is activated (ExcelApi 1.7); registered once.
    void controller.watchActiveSheet(() => void refreshStatus());
  }, [controller, refreshStatus]);

  useEffect(() => {
    if (!requests) return;
    return requests.listen((request) => {
      if (request.kind === 'refresh') return void refreshStatus();
      // Read the sheet first: a status of another sheet clears the notices shown.
      setSetupAsked((count) => count + 1);
      void refreshStatus().then(() => show(() => ({ intent: 'warning', text: request.message })));
    });
  }, [requests, refreshStatus, show]);

  useEffect(() => {
    void refreshStatus();
    // The officer may switch sheets in Excel; re-read when they come back to the pane.
    const onFocus = () => void refreshStatus();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refreshStatus]);

  /** 评分本表, or 生成自评报告 (`report`): the same run, the latter also writing the 自评报告 sheet. */
  async function score(report = false) {
    setRunning(true);
    setDrafting(report);
    setPartial(null);
    show(null);
    /** Whether the status shown is still true without a read (one click: one read, one write). */
    let known = false;
    try {
      const outcome = report ? await controller.generateReport() : await controller.score();
      if (outcome.sheetStatus) {
        if (outcome.sheetLayout) sheetLayout.seed(outcome.sheetStatus, outcome.sheetLayout);
        applyStatus(outcome.sheetStatus);
        known = true;
      } else if (outcome.status === 'refused' && outcome.sheet === shownSheet.current) {
        known = true; // nothing was written to the sheet on screen
      }
      if (outcome.status === 'scored') {
        lastRuns.current = { ...lastRuns.current, [outcome.sheet]: outcome }; // read by refreshStatus below
        setResults(lastRuns.current);
        const { total, grade } = outcome.result;
        const detected = outcome.layout === 'detected';
        const written = report ? outcome.report : undefined;
        show((tr) => ({
          intent: 'success',
          text: [
            written
              ? tr('reportWritten', {
                  sheet: written.sheet,
                  total: formatScore(total),
                  grade: tr(gradeKey(grade)),
                })
              : tr('scoredOk', { total: formatScore(total), grade: tr(gradeKey(grade)) }),
            detected ? tr('scoredDetected') : '',
          ]
            .filter(Boolean)
            .join('\n'),
        }));
      } else {
        show(refusalNotice(outcome));
        if (outcome.status === 'failed') setPartial(heldUndoOf(outcome));
      }
    } catch (error) {
      // The controller reports failures as values; this only guards against a broken one.
      show(refusalNotice({ status: 'failed', sheet: null, message: String(error) }));
    } finally {
      setRunning(false);
      setDrafting(false);
    }
    if (!known) await refreshStatus();
  }

  /** 评分全部工作表: one read and one write; the active sheet's status comes back with the outcome. */
  async function scoreAll() {
    setRunning(true);
    setRunningAll(true);
    setPartial(null);
    show(null);
    let known = false;
    try {
      const [outcome, { allOutcomeView }] = await Promise.all([
        controller.scoreAll(),
        import('./scoreAllOutcome'),
      ]);
      const view = allOutcomeView(outcome);
      setLeague(view.league);
      if (view.status) applyStatus(view.status);
      if (view.partial) setPartial(view.partial);
      show(view.notice);
      known = view.statusKnown;
    } finally {
      setRunning(false);
      setRunningAll(false);
    }
    if (!known) await refreshStatus();
  }

  /** A held undo refused as out of date: re-read, so the pane offers the record's undo instead. */
  async function refused(problem: Problem) {
    if (problem.code === 'stale-undo') await refreshStatus();
    show(problemNotice(problem));
  }

  async function undoAll(last: AllScored) {
    const outcome = await controller.undo(last.undo, last.undoRecordId ?? null);
    if (!outcome.ok) return refused(outcome.problem);
    setLeague(null);
    await refreshStatus(); // first: on 各表评分汇总, another sheet is then on screen (see undoLastRun)
    show((tr) => ({ intent: 'info', text: tr('undone') }));
  }

  /** Runs a setup action with the buttons disabled, then re-reads the sheet and its layout. */
  async function changeNames(action: () => Promise<NoticeSource | null>) {
    setBusy(true);
    try {
      show(await action());
    } finally {
      setBusy(false);
    }
    await refreshStatus();
  }

  const defineNames = (definitions: NameDefinition[]) =>
    changeNames(async () => {
      const outcome = await controller.defineNames(definitions);
      if (!outcome.ok) return problemNotice(outcome.problem);
      return (tr) => ({ intent: 'success', text: tr('namesDefined', { count: definitions.length }) });
    });

  /** 确认并设置: every range detection found; its scoring rules kept for this session's runs. */
  const confirm = (layout: SheetLayout) =>
    changeNames(async () => {
      const definitions = proposalsForUnset(layout); // on a sheet without names: every part found
      const outcome = await controller.defineNames(definitions);
      if (!outcome.ok) return problemNotice(outcome.problem);
      // Without a 评分规则 cell the names alone would score with the default rules: keep the
      // detected ones for this session's runs (the pane's choice, as if picked in the header).
      const detected = layout.detection.profile.id;
      const keep = detected !== DEFAULT_PROFILE && !definitions.some((d) => d.name === 'PE_Profile');
      if (keep) {
        await changeProfile(detected, false);
      }
      return (tr) => ({
        intent: 'success',
        text: `${tr('namesDefined', { count: definitions.length })}${keep ? `\n${tr('profileFromDetection', { profile: tr(profileKey(detected)) })}` : ''}`,
      });
    });

  const nameSelection = (name: string) =>
    changeNames(async () => {
      const outcome = await controller.useSelectionAs(name);
      if (!outcome.ok) return problemNotice(outcome.problem);
      return (tr) => ({ intent: 'success', text: tr('nameDefined', { name, address: outcome.address }) });
    });

  const insertExample = () =>
    changeNames(async () => {
      const outcome = await controller.insertExample();
      if (!outcome.ok) return problemNotice(outcome.problem);
      return (tr) => ({ intent: 'success', text: tr('exampleInserted', { sheet: outcome.sheet }) });
    });

  async function undoPartial(held: HeldUndo) {
    const outcome = await controller.undo(held.plan, held.recordId);
    if (!outcome.ok) return refused(outcome.problem);
    setPartial(null);
    show((tr) => ({ intent: 'info', text: tr('undone') }));
    await refreshStatus();
  }

  /** The workbook's record of the last run (a ribbon run too); of 评分全部工作表: the whole run. */
  async function undoLastRun(sheet: string, allSheets: boolean) {
    const outcome = await controller.undoLastRun(sheet);
    if (!outcome.ok) return show(problemNotice(outcome.problem));
    // This pane's list of an all-sheets run is of that run, or of an older one: its undo is spent.
    if (allSheets) setLeague(null);
    // Read first: undone from 各表评分汇总, the sheet on screen is another one (the league is gone),
    // and a status of another sheet clears the notices shown.
    await refreshStatus();
    show((tr) => ({ intent: 'info', text: tr(allSheets ? 'undoneAll' : 'undone') }));
  }

  async function undo(last: Scored) {
    const outcome = await controller.undo(last.undo, last.undoRecordId ?? null);
    if (!outcome.ok) return refused(outcome.problem);
    setResults((all) => {
      const rest = { ...all };
      delete rest[last.sheet];
      return rest;
    });
    show((tr) => ({ intent: 'info', text: tr('undone') }));
    await refreshStatus();
  }

  async function changeProfile(next: ProfileId, say = true) {
    setProfile(next);
    if (status) picked.current[status.sheet] = next;
    const outcome = await controller.setProfile(next);
    if (!outcome.ok) return show(problemNotice(outcome.problem));
    if (!say) return;
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
  const scored = status ? (results[status.sheet] ?? null) : null;
  // The undos held in memory that are still the current last run (one rule: isCurrentUndo).
  const scoredUndo = scored !== null && isCurrentUndo(scored.undoRecordId, status);
  const leagueUndo = league !== null && isCurrentUndo(league.undoRecordId, status);
  const partialUndo = partial !== null && isCurrentUndo(partial.recordId, status);

  return (
    <ThemeRoot theme={theme} lang={locale}>
      <main className={styles.pane}>
        <PaneHeader
          t={t}
          profile={profile}
          disabled={running}
          onProfileChange={(next) => void changeProfile(next)}
          onSwitchLanguage={switchLanguage}
        />
        <Text data-testid="sheet-name">{status ? t('sheet', { sheet: status.sheet }) : t('loading')}</Text>
        <Button
          appearance="primary"
          size="large"
          className={styles.scoreButton}
          disabled={running}
          onClick={() => void score()}
          icon={running && !drafting ? <Spinner /> : undefined}
        >
          {running && !drafting ? t('running') : t('scoreButton')}
        </Button>
        <Button disabled={running} onClick={() => void scoreAll()} data-testid="score-all">
          {runningAll ? t('scoreAllRunning') : t('scoreAllButton')}
        </Button>
        <ReportActions
          t={t}
          disabled={running}
          generating={drafting}
          report={scored?.report ?? null}
          onGenerate={() => void score(true)}
          show={show}
        />
        {notice && <NoticeBar notice={notice(t)} />}
        {needsSetup && (
          <SetupCard
            key={status.sheet}
            t={t}
            layout={sheetLayout.layout}
            loading={sheetLayout.loading}
            busy={busy || running}
            onConfirm={(layout) => void confirm(layout)}
            onRedetect={() => void sheetLayout.reload()}
            onUseSelection={(name) => void nameSelection(name)}
            onSelectCell={(address) => void select(status.sheet, address)}
            onInsertExample={() => void insertExample()}
          />
        )}
        {status && !needsSetup && (
          <RangesFold
            key={`${status.sheet}\u0000${setupAsked}`}
            t={t}
            layout={sheetLayout.layout}
            loading={sheetLayout.loading}
            busy={busy || running}
            setCount={status.names.length}
            total={INPUT_NAMES.length}
            defaultOpen={needsRequired(status)}
            onOpen={sheetLayout.want}
            onUseSelection={(name) => void nameSelection(name)}
            onUseDetected={(definitions) => void defineNames(definitions)}
            onSelectCell={(address) => void select(status.sheet, address)}
          />
        )}
        {league && (
          <Suspense fallback={null}>
            <LeagueResults
              outcome={league}
              t={t}
              onShowSheet={(sheet) => void select(sheet, 'A1')}
              onUndo={leagueUndo ? () => void undoAll(league) : undefined}
            />
          </Suspense>
        )}
        {partial && partialUndo && (
          <div className={styles.actions}>
            <Button onClick={() => void undoPartial(partial)}>{t('undoPartial')}</Button>
          </div>
        )}
        {/* A held undo still current is that record's undo: not offered twice. */}
        {!scoredUndo &&
          !partialUndo &&
          status?.canUndoLastRun &&
          !(leagueUndo && status.lastRunAllSheets) && (
            <div className={styles.actions}>
              <Button
                data-testid="undo-last-run"
                onClick={() => void undoLastRun(status.sheet, status.lastRunAllSheets === true)}
              >
                {t(status.lastRunAllSheets ? 'undoLastAllRun' : 'undoLastRun')}
              </Button>
            </div>
          )}
        {scored && (
          <>
            <hr className={styles.rule} />
            <Caption1 className={styles.muted} data-testid="scored-sheet">
              {t('scoredSheet', { sheet: scored.sheet })}
            </Caption1>
            {scored.layout === 'detected' && (
              <Caption1 className={styles.muted}>{t('layoutDetected')}</Caption1>
            )}
            {!scored.result.complete && <NoticeBar notice={{ intent: 'warning', text: t('incomplete') }} />}
            <ScoreSummary result={scored.result} t={t} />
            <Caption1 className={styles.muted}>{t('selectHint')}</Caption1>
            <FlaggedLists
              result={scored.result}
              t={t}
              onSelectCell={(cell) => void select(scored.sheet, cell)}
            />
            <div className={styles.actions}>
              {scoredUndo && <Button onClick={() => void undo(scored)}>{t('undo')}</Button>}
              <Button onClick={() => void showSummary(scored.sheet)}>{t('viewSummary')}</Button>
            </div>
          </>
        )}
      </main>
    </ThemeRoot>
  );
}
