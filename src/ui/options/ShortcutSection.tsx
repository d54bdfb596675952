/** The in-page shortcut: press "Change", then the keys. Esc cancels. */
import { useEffect, useRef, useState } from 'preact/hooks';
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
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!recording) return;
    const onKey = (event: KeyboardEvent) => {
      if (MODIFIER_CODES.test(event.code)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.key === 'Escape' || event.key === 'Tab') {
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
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [recording, onChange]);

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
          ref={buttonRef}
          type="button"
          class={recording ? 'button primary' : 'button'}
          aria-pressed={recording ? 'true' : 'false'}
          aria-describedby="shortcut-hint"
          data-action="record-shortcut"
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
