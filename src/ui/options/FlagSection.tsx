/** What to flag: categories on/off, sensitivity, theme. */
import type { CategoryId } from '../../analyzer/types';
import { t, type MessageKey } from '../../i18n';
import { SENSITIVITIES, THEMES, type Preferences, type Sensitivity, type Theme } from '../../settings/items';
import type { StepText } from '../popup/categoryText';
import { Switch } from './Switch';

interface FlagSectionProps {
  steps: StepText[];
  preferences: Preferences;
  onCategory(id: CategoryId, on: boolean): void;
  onSensitivity(value: Sensitivity): void;
  onTheme(value: Theme): void;
}

const SENSITIVITY_LABEL: Record<Sensitivity, MessageKey> = { all: 'options_sensitivityAll', high: 'options_sensitivityHigh' };
const THEME_LABEL: Record<Theme, MessageKey> = { auto: 'options_themeAuto', light: 'options_themeLight', dark: 'options_themeDark' };

export function FlagSection({ steps, preferences, onCategory, onSensitivity, onTheme }: FlagSectionProps) {
  return (
    <section id="flag" class="panel" aria-labelledby="flag-heading">
      <h2 id="flag-heading">{t('options_categoriesHeading')}</h2>
      <p class="intro">{t('options_categoriesIntro')}</p>
      <ul class="rows">
        {steps.map((s) => (
          <li key={s.id} class={`row cat-${s.id}`}>
            <span class="step-badge" aria-hidden="true">
              {s.step}
            </span>
            <span class="row-text">
              <span class="row-title" id={`flag-${s.id}-title`}>
                {s.title}
              </span>
              <span class="row-hint" id={`flag-${s.id}-hint`}>
                {s.hint}
              </span>
            </span>
            <Switch
              checked={preferences.categories[s.id]}
              label={t('options_categorySwitch', [String(s.step), s.title])}
              describedBy={`flag-${s.id}-hint`}
              data={{ 'data-category': s.id, 'data-setting': 'category' }}
              onChange={(on) => onCategory(s.id, on)}
            />
          </li>
        ))}
      </ul>
      <div class="choices">
        <RadioGroup
          name="sensitivity"
          legend={t('options_sensitivityLabel')}
          hint={t('options_sensitivityHint')}
          options={SENSITIVITIES.map((v) => ({ value: v, label: t(SENSITIVITY_LABEL[v]) }))}
          value={preferences.sensitivity}
          onChange={(v) => onSensitivity(v as Sensitivity)}
        />
        <RadioGroup
          name="theme"
          legend={t('options_themeLabel')}
          options={THEMES.map((v) => ({ value: v, label: t(THEME_LABEL[v]) }))}
          value={preferences.theme}
          onChange={(v) => onTheme(v as Theme)}
        />
      </div>
    </section>
  );
}

interface RadioGroupProps {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
}

function RadioGroup({ name, legend, hint, options, value, onChange }: RadioGroupProps) {
  return (
    <fieldset class="radio-group" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      <div class="segmented">
        {options.map((o) => (
          <label key={o.value} class={o.value === value ? 'selected' : ''}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p class="row-hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
