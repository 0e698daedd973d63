import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { assignmentApi, type Placement, STAFF_ROLES, type StaffAccount, type StaffRole } from '../../api/assignment.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { ForbiddenPage } from '../forbidden.page';
import { AdminNav } from './admin-nav.component';

/** The id field a role's place is given in (none: the whole council). */
const PLACE_FIELD: Record<StaffRole, keyof Placement | null> = {
  admin: null,
  supervisor: null,
  convener: 'localityId',
  member: 'memberId',
  group_leader: 'memberId',
  committee: 'committeeId',
  vice_chair: 'viceChairId',
  department: 'departmentId',
};

function placementOf(role: StaffRole, place: string): Placement {
  const field = PLACE_FIELD[role];
  return field && place.trim() ? { role, [field]: place.trim() } : { role };
}

function placeOf(account: StaffAccount): string {
  const field = PLACE_FIELD[account.role];
  return field ? ((account[field as keyof StaffAccount] as string | null) ?? '') : '';
}

/** Admins manage their council's staff accounts; every change is audited and applies at once. */
export function StaffAccountsPage() {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <StaffAccounts />;
}

function StaffAccounts() {
  const { c } = useConsoleText();
  const [accounts, reload] = useQuery(() => assignmentApi.staffAccounts(), []);
  const [issued, setIssued] = useState<string | null>(null);
  const announce = (result: { account: StaffAccount; oneTimePassword: string }) => {
    setIssued(c.staffAccounts.oneTimePassword(result.account.username, result.oneTimePassword));
    reload();
  };
  return (
    <section aria-labelledby="staff-heading">
      <h1 id="staff-heading">{c.staffAccounts.heading}</h1>
      <AdminNav current="staff" />
      <p class="lead">{c.staffAccounts.intro}</p>
      {issued && (
        <p class="notice" role="status" data-testid="one-time-password">
          {issued}
        </p>
      )}
      <CreateAccountForm onCreated={announce} />
      <LoadView state={accounts} retry={reload}>
        {(list) => (
          <ul class="c-list" data-testid="staff-accounts">
            {list.map((account) => (
              <AccountRow key={account.id} account={account} onChanged={reload} onReset={announce} />
            ))}
          </ul>
        )}
      </LoadView>
    </section>
  );
}

function RolePlaceFields({ id, role, place, onRole, onPlace }: { id: string; role: StaffRole; place: string; onRole: (r: StaffRole) => void; onPlace: (p: string) => void }) {
  const { c, word } = useConsoleText();
  return (
    <>
      <Field id={`${id}-role`} label={c.staffAccounts.role}>
        <select id={`${id}-role`} value={role} onChange={(e) => onRole(e.currentTarget.value as StaffRole)}>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {word(c.roles, r)}
            </option>
          ))}
        </select>
      </Field>
      {PLACE_FIELD[role] && (
        <Field id={`${id}-place`} label={c.staffAccounts.place} hint={c.staffAccounts.placeHint}>
          <input id={`${id}-place`} type="text" required value={place} onInput={(e) => onPlace(e.currentTarget.value)} />
        </Field>
      )}
    </>
  );
}

function CreateAccountForm({ onCreated }: { onCreated: (result: { account: StaffAccount; oneTimePassword: string }) => void }) {
  const { c } = useConsoleText();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<StaffRole>('convener');
  const [place, setPlace] = useState('');
  const submit = useSubmit(assignmentApi.createStaffAccount, onCreated);
  return (
    <form
      class="c-card"
      aria-label={c.staffAccounts.create}
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run({ username: username.trim(), displayName: displayName.trim(), ...placementOf(role, place) });
      }}
    >
      <Field id="new-staff-username" label={c.staffAccounts.username}>
        <input id="new-staff-username" type="text" autoCapitalize="none" spellcheck={false} required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      </Field>
      <Field id="new-staff-name" label={c.staffAccounts.displayName}>
        <input id="new-staff-name" type="text" required value={displayName} onInput={(e) => setDisplayName(e.currentTarget.value)} />
      </Field>
      <RolePlaceFields id="new-staff" role={role} place={place} onRole={setRole} onPlace={setPlace} />
      <ErrorNotice error={submit.error} />
      <div class="actions">
        <button type="submit" class="button" disabled={submit.busy}>
          {submit.busy ? c.staffAccounts.creating : c.staffAccounts.create}
        </button>
      </div>
    </form>
  );
}

function AccountRow({ account, onChanged, onReset }: { account: StaffAccount; onChanged: () => void; onReset: (result: { account: StaffAccount; oneTimePassword: string }) => void }) {
  const { c, word } = useConsoleText();
  const me = useStaff();
  const [role, setRole] = useState<StaffRole>(account.role);
  const [place, setPlace] = useState(placeOf(account));
  const toggle = useSubmit(() => assignmentApi.updateStaffAccount(account.id, { active: !account.active }), onChanged);
  const reset = useSubmit(() => assignmentApi.resetStaffPassword(account.id), onReset);
  const move = useSubmit(() => assignmentApi.updateStaffAccount(account.id, { placement: placementOf(role, place) }), onChanged);
  const self = account.id === me.staffId;
  return (
    <li class="c-item" data-testid={`staff-${account.username}`}>
      <p class="c-item__meta">
        <strong>{account.username}</strong>
        <span>{account.displayName}</span>
        <span>{word(c.roles, account.role)}</span>
        {placeOf(account) && <span>{placeOf(account)}</span>}
        <span>{account.active ? c.staffAccounts.active : c.staffAccounts.disabled}</span>
        {account.mustChangePassword && <span>{c.staffAccounts.mustChange}</span>}
      </p>
      <div class="actions">
        {!self && (
          <button type="button" class="button button--secondary" disabled={toggle.busy} onClick={() => void toggle.run()}>
            {account.active ? c.staffAccounts.disable : c.staffAccounts.enable}
          </button>
        )}
        <button type="button" class="button button--secondary" disabled={reset.busy} onClick={() => void reset.run()}>
          {c.staffAccounts.reset}
        </button>
      </div>
      {!self && (
        <details>
          <summary>{c.staffAccounts.move}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void move.run();
            }}
          >
            <RolePlaceFields id={`move-${account.id}`} role={role} place={place} onRole={setRole} onPlace={setPlace} />
            <button type="submit" class="button" disabled={move.busy}>
              {c.staffAccounts.save}
            </button>
          </form>
        </details>
      )}
      <ErrorNotice error={toggle.error ?? reset.error ?? move.error} />
    </li>
  );
}
