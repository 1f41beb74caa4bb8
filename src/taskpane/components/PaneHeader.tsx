/**
 * Title, profile choice and the language switch. The profile is a native select (Fluent's Select):
 * keyboard-friendly, and without the popup positioning code a Dropdown would add to the bundle.
 */
import { Button, makeStyles, Select, Title3, tokens } from '@fluentui/react-components';
import type { ProfileId } from '../../engine/types';
import { profileKey, type Translate } from '../i18n';

const PROFILE_IDS: ProfileId[] = ['guangzhou-dept', 'national-project'];

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  controls: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  select: { minWidth: '140px', maxWidth: '170px' },
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
      <Title3 as="h1">{t('title')}</Title3>
      <div className={styles.controls}>
        <Select
          className={styles.select}
          aria-label={t('profileLabel')}
          value={profile}
          disabled={disabled}
          onChange={(_event, data) => {
            if (data.value !== profile) onProfileChange(data.value as ProfileId);
          }}
        >
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(profileKey(id))}
            </option>
          ))}
        </Select>
        <Button
          appearance="subtle"
          size="small"
          aria-label={t('switchLanguageLabel')}
          onClick={onSwitchLanguage}
        >
          {t('switchLanguage')}
        </Button>
      </div>
    </header>
  );
}
