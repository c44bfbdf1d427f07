// ユーザー管理 (admin only): every staff account with its roles per department; create one
// (roles as rows of department + role), disable or enable it again.
import { useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, type Role, type RoleGrant, type User } from '../lib/api.ts';
import { byField } from '../lib/field-errors.ts';
import { ROLES, roleLabel } from '../lib/labels.ts';
import { isAdmin } from '../lib/roles.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';
import { MIN_PASSWORD } from './SetupPage.tsx';

export function UsersPage() {
  const { t } = useLang();
  const me = useUser();
  const users = useLoad(() => api.users(), []);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  if (!isAdmin(me)) {
    return (
      <>
        <PageTitle title={t('users.title')}>{t('users.title')}</PageTitle>
        <p>{t('error.forbidden')}</p>
      </>
    );
  }

  const toggle = async (u: User) => {
    const res = await api.updateUser(u.id, { disabled: !u.disabled });
    if (res.status === 200) {
      setStatus({ text: t(u.disabled ? 'users.enabled' : 'users.disabled', { login: u.login }) });
      users.reload();
    } else setStatus({ text: res.body.message ?? t('error.failed'), error: true });
  };

  return (
    <>
      <PageTitle title={t('users.title')}>{t('users.title')}</PageTitle>
      <div class="status-line" role="status">
        {status && <p class={status.error ? 'notice notice--error' : 'notice'}>{status.text}</p>}
      </div>
      {users.failed !== null ? (
        <LoadFailed retry={users.reload} status={users.failed} />
      ) : !users.data ? (
        <Loading />
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('login.login')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col">{t('forms.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.login}</th>
                  <td>{u.displayName}</td>
                  <td>
                    <ul class="plain-list">
                      {u.roles.map((r, i) => (
                        <li key={i}>
                          {r.department}: {roleLabel(r.role, t)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{u.disabled ? t('users.stateDisabled') : t('users.stateActive')}</td>
                  <td>
                    {String(u.id) !== String(me.id) && (
                      <button type="button" class="button button--small button--secondary" onClick={() => toggle(u)}>
                        {u.disabled ? t('users.enable', { login: u.login }) : t('users.disable', { login: u.login })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewUser onCreated={(u) => (setStatus({ text: t('users.created', { login: u.login }) }), users.reload())} />
    </>
  );
}

function NewUser({ onCreated }: { onCreated(u: User): void }) {
  const { t } = useLang();
  const known = useLoad(() => api.departments(), []);
  const [v, setV] = useState({ login: '', displayName: '', password: '' });
  const [roles, setRoles] = useState<RoleGrant[]>([{ department: '', role: 'designer' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  const setRole = (i: number, patch: Partial<RoleGrant>) => setRoles(roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!v.login.trim()) found.login = t('setup.loginMissing');
    if (!v.displayName.trim()) found.displayName = t('users.displayNameMissing');
    if (v.password.length < MIN_PASSWORD) found.password = t('password.tooShort', { n: MIN_PASSWORD });
    const grants = roles.map((r) => ({ ...r, department: r.department.trim() })).filter((r) => r.department);
    roles.forEach((r, i) => {
      if (!r.department.trim() && roles.length > 1) found[`department-${i}`] = t('users.departmentMissing');
    });
    if (grants.length === 0) found['department-0'] = t('users.roleMissing');
    if (Object.keys(found).length === 0) {
      const res = await api.createUser({ login: v.login.trim(), displayName: v.displayName.trim(), password: v.password, roles: grants }).catch(() => null);
      if (res?.status === 201 && res.body.user) {
        setV({ login: '', displayName: '', password: '' });
        setRoles([{ department: '', role: 'designer' }]);
        setErrors({});
        onCreated(res.body.user);
        return;
      }
      if (res?.status === 409) found.login = t('users.loginTaken');
      else if (!res) found.login = t('error.network');
      else {
        Object.assign(found, byField(res.body.errors));
        if (found.roles) found['department-0'] = found.roles;
        if (found['']) found.login = found[''];
        if (Object.keys(found).length === 0) found.login = res.body.message ?? t('error.failed');
      }
    }
    delete found[''];
    delete found.roles;
    setErrors(found);
    setAttempts((n) => n + 1);
  };

  const items: SummaryItem[] = Object.entries(errors).map(([k, message]) => ({ message, target: `user-${k}` }));
  return (
    <section aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.new')}</h2>
      <ErrorSummary items={items} focusKey={attempts} />
      <form noValidate onSubmit={submit}>
        <TextField id="user-login" label={t('login.login')} value={v.login} onValue={set('login')} error={errors.login} autoComplete="off" required />
        <TextField id="user-displayName" label={t('users.displayName')} value={v.displayName} onValue={set('displayName')} error={errors.displayName} autoComplete="off" required />
        <TextField
          id="user-password"
          type="password"
          label={t('users.initialPassword')}
          hint={t('password.hint', { n: MIN_PASSWORD })}
          value={v.password}
          onValue={set('password')}
          error={errors.password}
          autoComplete="new-password"
          required
        />
        <fieldset class="fieldset">
          <legend class="legend">{t('users.roles')}</legend>
          <datalist id="known-departments">
            {(known.data?.departments ?? []).map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          {roles.map((r, i) => (
            <div class="role-row" key={i}>
              <TextField
                id={`user-department-${i}`}
                label={t('users.roleDepartment', { n: i + 1 })}
                value={r.department}
                onValue={(d) => setRole(i, { department: d })}
                error={errors[`department-${i}`]}
                list="known-departments"
                autoComplete="off"
              />
              <SelectField
                id={`user-role-${i}`}
                label={t('users.roleRole', { n: i + 1 })}
                value={r.role}
                onValue={(role) => setRole(i, { role: role as Role })}
                options={ROLES.map((x) => ({ value: x, label: roleLabel(x, t) }))}
              />
              {roles.length > 1 && (
                <button type="button" class="button button--small button--secondary" onClick={() => setRoles(roles.filter((_, j) => j !== i))}>
                  {t('users.removeRole', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <button type="button" class="button button--small button--secondary" onClick={() => setRoles([...roles, { department: '', role: 'designer' }])}>
            {t('users.addRole')}
          </button>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button">
            {t('users.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
