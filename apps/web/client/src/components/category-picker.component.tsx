import { CATEGORY_LABELS, PROBLEM_CATEGORIES, type ProblemCategory } from '@shangliang/contracts/problem/category';
import { useI18n } from '../i18n/i18n';

/** Categories as large radio tiles: one tap on a phone, labels from the shared contracts. */
export function CategoryPicker({ value, error, onChange }: { value: ProblemCategory | ''; error?: string; onChange: (category: ProblemCategory) => void }) {
  const { t, label } = useI18n();
  return (
    <fieldset class={`field choice-grid${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'category-error' : undefined}>
      <legend class="field__label">{t.raise.category}</legend>
      <div class="choice-grid__options">
        {PROBLEM_CATEGORIES.map((category) => (
          <label key={category} class={`choice${value === category ? ' choice--selected' : ''}`}>
            <input type="radio" name="category" value={category} checked={value === category} onChange={() => onChange(category)} />
            <span>{label(CATEGORY_LABELS[category])}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="category-error" class="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
