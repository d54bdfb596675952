/** An on/off switch: a button with role="switch" and an accessible name. */
interface SwitchProps {
  checked: boolean;
  label: string;
  describedBy?: string;
  disabled?: boolean;
  /** Extra data-* attributes (tests and styling hooks). */
  data?: Record<`data-${string}`, string>;
  onChange(checked: boolean): void;
}

export function Switch({ checked, label, describedBy, disabled, data, onChange }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked ? 'true' : 'false'}
      aria-label={label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      {...data}
    />
  );
}
