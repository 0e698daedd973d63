import { Field } from '../../../components/field.component';
import { useDepartments } from '../../hooks/use-departments';
import { useConsoleText } from '../../i18n/use-console-text';

/** A picker from the department list; the department id typed in when the role cannot read the list. */
export function DepartmentField({ value, onChange }: { value: string; onChange: (departmentId: string) => void }) {
  const { c } = useConsoleText();
  const departments = useDepartments();
  if (departments) {
    return (
      <Field id="referral-department" label={c.consultations.department}>
        <select id="referral-department" required value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{c.consultations.departmentPlaceholder}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
    );
  }
  return (
    <Field id="referral-department" label={c.consultations.department} hint={departments === null ? c.consultations.departmentIdHint : undefined}>
      <input
        id="referral-department"
        type="text"
        required
        autoCapitalize="none"
        spellcheck={false}
        maxLength={32}
        aria-describedby={departments === null ? 'referral-department-hint' : undefined}
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </Field>
  );
}
