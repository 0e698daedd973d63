import { Field } from '../../../components/field.component';
import { useDepartments } from '../../hooks/use-departments';
import { useConsoleText } from '../../i18n/use-console-text';

/** A picker from the department list; the department id typed in when the role cannot read the list. */
export function DepartmentField({ value, onChange, id = 'referral-department' }: { value: string; onChange: (departmentId: string) => void; id?: string }) {
  const { c } = useConsoleText();
  const departments = useDepartments();
  if (departments) {
    return (
      <Field id={id} label={c.consultations.department}>
        <select id={id} required value={value} onChange={(e) => onChange(e.currentTarget.value)}>
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
    <Field id={id} label={c.consultations.department} hint={departments === null ? c.consultations.departmentIdHint : undefined}>
      <input
        id={id}
        type="text"
        required
        autoCapitalize="none"
        spellcheck={false}
        maxLength={32}
        aria-describedby={departments === null ? `${id}-hint` : undefined}
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </Field>
  );
}
