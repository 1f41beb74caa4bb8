/** Title, profile choice and the language switch. */
import { Button, Dropdown, makeStyles, Option, Title3, tokens } from '@fluentui/react-components';
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
  dropdown: { minWidth: '140px', maxWidth: '170px' },
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
        <Dropdown
          className={styles.dropdown}
          aria-label={t('profileLabel')}
          value={t(profileKey(profile))}
          selectedOptions={[profile]}
          disabled={disabled}
          onOptionSelect={(_event, data) => {
            if (data.optionValue && data.optionValue !== profile)
              onProfileChange(data.optionValue as ProfileId);
          }}
        >
          {PROFILE_IDS.map((id) => (
            <Option key={id} value={id}>
              {t(profileKey(id))}
            </Option>
          ))}
        </Dropdown>
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
