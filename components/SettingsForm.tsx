import type { Settings } from '../lib/schema';
import { useT } from './i18n-context';

/** The reader's settings; `settings` is `undefined` while they load. */
export function SettingsForm({ settings, onChange }: { settings: Settings | undefined; onChange: (change: Partial<Settings>) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="ct-settings-heading">
      <h2 id="ct-settings-heading">{t('settingsHeading')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="auto-track"
          checked={settings?.autoTrack ?? false}
          disabled={!settings}
          onChange={(event) => onChange({ autoTrack: event.currentTarget.checked })}
        />{' '}
        {t('settingAutoTrack')}
      </label>
    </section>
  );
}
