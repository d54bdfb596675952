/** Cooldown durations and thresholds, and hold-before-send per category (the cooldown helper's settings). */
import type { CategoryId } from '../../analyzer/types';
import { COOLDOWN_LIMITS, type CooldownSettings } from '../../cooldown/settings';
import { t, type MessageKey } from '../../i18n';
import type { StepText } from '../popup/categoryText';
import { Switch } from './Switch';

type NumericKey = keyof typeof COOLDOWN_LIMITS;

const FIELDS: { key: NumericKey; label: MessageKey }[] = [
  { key: 'heatMinutes', label: 'options_cooldownHeat' },
  { key: 'burstCount', label: 'options_cooldownBurstCount' },
  { key: 'burstWindowMinutes', label: 'options_cooldownBurstWindow' },
  { key: 'unansweredCount', label: 'options_cooldownUnanswered' },
  { key: 'lateNightStartHour', label: 'options_cooldownLateNight' },
  { key: 'morningHour', label: 'options_cooldownMorning' },
];

interface CooldownSectionProps {
  steps: StepText[];
  settings: CooldownSettings;
  onNumber(key: NumericKey, value: number): void;
  onHold(id: CategoryId, on: boolean): void;
}

export function CooldownSection({ steps, settings, onNumber, onHold }: CooldownSectionProps) {
  return (
    <section id="cooldowns" class="panel" aria-labelledby="cooldowns-heading">
      <h2 id="cooldowns-heading">{t('options_cooldownsHeading')}</h2>
      <p class="intro">{t('options_cooldownsIntro')}</p>
      <div class="numbers">
        {FIELDS.map(({ key, label }) => {
          const [min, max] = COOLDOWN_LIMITS[key];
          return (
            <div key={key} class="number-field">
              <label for={`cooldown-${key}`}>{t(label)}</label>
              <input
                id={`cooldown-${key}`}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                data-setting={key}
                // Keyed by value so a clamped or imported value replaces what was typed.
                key={`${key}-${settings[key]}`}
                defaultValue={String(settings[key])}
                onChange={(e) => {
                  const value = (e.currentTarget as HTMLInputElement).valueAsNumber;
                  if (Number.isFinite(value)) onNumber(key, value);
                }}
              />
            </div>
          );
        })}
      </div>
      <h3 id="hold-heading">{t('options_holdHeading')}</h3>
      <p class="intro" id="hold-intro">
        {t('options_holdIntro')}
      </p>
      <ul class="rows hold-grid" aria-labelledby="hold-heading">
        {steps.map((s) => (
          <li key={s.id} class={`row cat-${s.id}`}>
            <span class="step-badge" aria-hidden="true">
              {s.step}
            </span>
            <span class="row-text">
              <span class="row-title">{s.name}</span>
            </span>
            <Switch
              checked={settings.holdCategories[s.id]}
              label={t('options_holdSwitch', [String(s.step), s.title])}
              data={{ 'data-hold': s.id }}
              onChange={(on) => onHold(s.id, on)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
