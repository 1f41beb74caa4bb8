/**
 * Title, profile choice and the language switch. The profile is a native select:
 * keyboard-friendly, and without the popup positioning code a Dropdown would add to the bundle.
 */
import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';
import { Button, Title1 } from './ui';
import type { ProfileId } from '../../engine/types';
import { profileKey, type Translate } from '../i18n';
import { NativeSelect } from './NativeSelect';

const PROFILE_IDS: ProfileId[] = ['guangzhou-dept', 'national-project'];

const useStyles = makeStyles({
  // Wraps at 320 px (the en-US title and the choice do not fit one line): never a horizontal scroll.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  controls: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    maxWidth: '100%',
  },
  select: { minWidth: 0, width: '170px', maxWidth: '100%', flexShrink: 1 },
  // At Excel's 350 px the en-US title takes two lines; the language button must never wrap to
  // one character per line.
  language: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface PaneHeaderProps {
  t: Translate;
  profile: ProfileId;
  onProfileChange: (profile: ProfileId) => void;
  onSwitchLanguage: () => void;
  disabled?: boolean;
}

export function PaneHeader({ t, profile, onProfileChange, onSwitchLanguage, disabled }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title1>{t('title')}</Title1>
      <div className={styles.controls}>
        <NativeSelect
          className={styles.select}
          aria-label={t('profileLabel')}
          value={profile}
          disabled={disabled}
          onChange={(value) => {
            if (value !== profile) onProfileChange(value as ProfileId);
          }}
        >
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(profileKey(id))}
            </option>
          ))}
        </NativeSelect>
        <Button
          appearance="subtle"
          size="small"
          className={styles.language}
          aria-label={t('switchLanguageLabel')}
          onClick={onSwitchLanguage}
        >
          {t('switchLanguage')}
        </Button>
      </div>
    </header>
  );
}
