/** The in-page shortcut: press "Change", then the keys. Esc cancels. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { DEFAULT_SHORTCUT, formatShortcut, shortcutFromEvent, type Shortcut } from '../../settings/shortcut';

interface ShortcutSectionProps {
  shortcut: Shortcut;
  onChange(shortcut: Shortcut): void;
}

const MODIFIER_CODES = /^(Shift|Control|Alt|Meta|OS)(Left|Right)?$/;

export function ShortcutSection({ shortcut, onChange }: ShortcutSectionProps) {
  const [recording, setRecording] = useState(false);
  const [invalid, setInvalid] = useState(false);
  // Keys are read on the focused button itself, so none are missed before an effect would attach.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!recording || MODIFIER_CODES.test(event.code)) return;
    if (event.key === 'Tab') {
      setRecording(false);
      return;
    }
    event.preventDefault();
    if (event.key === 'Escape') {
      setRecording(false);
      return;
    }
    const next = shortcutFromEvent(event);
    setInvalid(!next);
    if (next) {
      onChange(next);
      setRecording(false);
    }
  };

  return (
    <section id="shortcut" class="panel" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('options_shortcutHeading')}</h2>
      <p class="intro" id="shortcut-hint">
        {t('options_shortcutLabel')}. {t('options_shortcutHint')}
      </p>
      <div class="inline">
        <kbd class="keys" data-testid="shortcut">
          {formatShortcut(shortcut)}
        </kbd>
        <button
          type="button"
          class={recording ? 'button primary' : 'button'}
          aria-pressed={recording ? 'true' : 'false'}
          aria-describedby="shortcut-hint"
          data-action="record-shortcut"
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
          onClick={() => {
            setInvalid(false);
            setRecording(!recording);
          }}
        >
          {recording ? t('options_shortcutRecording') : t('options_shortcutChange')}
        </button>
        <button type="button" class="button quiet" disabled={formatShortcut(shortcut) === formatShortcut(DEFAULT_SHORTCUT)} onClick={() => onChange(DEFAULT_SHORTCUT)}>
          {t('options_shortcutReset')}
        </button>
      </div>
      <p class={invalid ? 'message error' : 'message'} role="status">
        {invalid ? t('options_shortcutInvalid') : ''}
      </p>
    </section>
  );
}
