import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { type HistoryImportReport, suggestionsApi } from '../../api/suggestions.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { historyImportText } from '../suggestions/suggestions.messages';
import { AdminNav } from './admin-nav.component';

/** Admins upload the council's earlier cases and suggestions (往年台账); the report lists every bad row. */
export function HistoryImportPage() {
  const { lang } = useConsoleText();
  const t = historyImportText[lang];
  const [kind, setKind] = useState<'cases' | 'suggestions'>('cases');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<HistoryImportReport | null>(null);
  const upload = useSubmit(() => (file ? suggestionsApi.importHistory(kind, file) : Promise.reject(new Error('no file'))), setReport);
  return (
    <section aria-labelledby="history-heading">
      <AdminNav current="history" />
      <h1 id="history-heading">{t.heading}</h1>
      <p class="muted">{t.intro}</p>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          setReport(null);
          void upload.run();
        }}
      >
        <Field id="history-kind" label={t.kind}>
          <select id="history-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as 'cases' | 'suggestions')}>
            <option value="cases">{t.kinds.cases}</option>
            <option value="suggestions">{t.kinds.suggestions}</option>
          </select>
        </Field>
        <Field id="history-file" label={t.file}>
          <input id="history-file" type="file" required accept=".xlsx,.csv" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </Field>
        <ErrorNotice error={upload.error} />
        <button type="submit" class="button" disabled={upload.busy || !file}>
          {upload.busy ? t.uploading : t.upload}
        </button>
      </form>
      {report && (
        <section class="c-card" data-testid="history-report" role="status">
          <p>{t.result(report)}</p>
          {report.errors.length > 0 && (
            <table class="c-table">
              <thead>
                <tr>
                  <th>{t.row}</th>
                  <th>{t.field}</th>
                  <th>{t.problem}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.slice(0, 500).map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.field}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </section>
  );
}
