/** Your data: export everything as JSON, import it back (all or nothing), clear everything. */
import { useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { ConfirmButton } from '../popup/ConfirmButton';

export interface DataMessage {
  error: boolean;
  text: string;
}

interface DataSectionProps {
  message: DataMessage | null;
  onExport(): void;
  onImport(file: File): void;
  onClear(): void;
}

export function DataSection({ message, onExport, onImport, onClear }: DataSectionProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <section id="data" class="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_dataHeading')}</h2>
      <p class="intro">
        {t('options_dataIntro')} {t('options_dataDraftsNote')}
      </p>
      <div class="inline wrap">
        <button type="button" class="button" data-action="export" onClick={onExport}>
          {t('options_export')}
        </button>
        <button type="button" class="button" data-action="import" onClick={() => fileRef.current?.click()}>
          {t('options_import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t('options_importChoose')}
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = ''; // choosing the same file again must fire change again
            if (file) onImport(file);
          }}
        />
        <span class="spacer" />
        <ConfirmButton action="clear-all" class="button danger" danger label={t('options_clearAll')} question={t('options_clearConfirm')} confirmLabel={t('options_clearAll')} onConfirm={onClear} />
      </div>
      <p class={message?.error ? 'message error' : 'message'} role="alert" data-testid="data-message">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
