import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLocalPath } from '../../app/LocalLink';
import { useLeaveGuard } from './components/LeaveGuard';
import { requestFailure } from './messages';
import type { WorkspaceStrings } from './strings';

type ApiError = { code: string; field?: string | null; message: string };
type Payload<N> = { errors: readonly ApiError[]; object: N | null } | null | undefined;

/**
 * The editing cycle that the partner, agreement, activity and indicator editors share, for an
 * object with a row version:
 * - the form starts from the stored object once it is there (and the version it read is kept);
 * - unsaved changes ask before leaving (LeaveGuard); a failed save keeps the form as typed;
 * - `submit` runs a create (then on to the new object's address, with "created" said there) or an
 *   update with the version read; a stale version shows the conflict notice, other payload errors
 *   go to their fields (`errorsOf`), a failed request is said in words;
 * - `reloadLatest` takes the stored object again after a conflict.
 */
export function useVersionedForm<V, N extends { id: string; version: number }, E extends { form?: string }>({
  isNew,
  stored,
  valuesOf,
  empty,
  createdNotice,
  alsoDirty = false,
  t,
}: {
  /** A form for a new object (create), not for a stored one (update). */
  isNew: boolean;
  /** The object as read (null while loading, or for a new one). */
  stored: N | null;
  valuesOf: (object: N) => V;
  empty: V;
  /** Said on the new object's page after a create. */
  createdNotice: string;
  /** Something else on the page that is not saved yet (it too asks before leaving). */
  alsoDirty?: boolean;
  t: WorkspaceStrings;
}) {
  const navigate = useNavigate();
  const local = useLocalPath();
  const location = useLocation();
  const [values, setValues] = useState<V>(empty);
  const [initial, setInitial] = useState<V>(empty);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<E>({} as E);
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState(() => ((location.state as { created?: boolean } | null)?.created ? createdNotice : ''));

  // The form starts from the stored object, once it is there.
  if (stored && loadedVersion === null) {
    const next = valuesOf(stored);
    setValues(next);
    setInitial(next);
    setLoadedVersion(stored.version);
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { blocker, allowLeave } = useLeaveGuard(dirty || alsoDirty);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));

  /** The form as stored now: values, the version read, no errors. */
  const take = (object: N) => {
    const next = valuesOf(object);
    setErrors({} as E);
    setValues(next);
    setInitial(next);
    setLoadedVersion(object.version);
  };

  /** A new attempt (a save, an archive): the notices of the last one go. */
  const begin = () => {
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
  };
  /** A refusal in a payload: a stale version shows the conflict notice, the rest go to their fields. */
  const refuse = (list: readonly ApiError[], errorsOf: (list: readonly ApiError[]) => E) => {
    if (list.some((e) => e.code === 'CONFLICT')) setConflict(true);
    setErrors(errorsOf(list.filter((e) => e.code !== 'CONFLICT')));
  };
  /** A request that failed as a whole, in words; the form keeps what was typed. */
  const fail = (failure: unknown) => setErrors({ form: requestFailure(failure, t) } as E);

  /**
   * One save. `check` returns errors found before asking the API (or null); `create` and `update`
   * run the mutation and hand back its payload's errors and object; `path` is the address of a
   * created object; `savedNotice` is said after an update.
   */
  const submit = async (
    event: FormEvent,
    {
      check,
      create,
      update,
      path,
      errorsOf,
      savedNotice,
    }: {
      check?: () => E | null;
      create: () => Promise<Payload<N>>;
      update: (version: number) => Promise<Payload<N>>;
      path: (id: string) => string;
      errorsOf: (list: readonly ApiError[]) => E;
      savedNotice: string;
    },
  ) => {
    event.preventDefault();
    begin();
    const found = check?.();
    if (found) return setErrors(found);
    try {
      if (isNew) {
        const payload = await create();
        if (!payload?.object) return setErrors(errorsOf(payload?.errors ?? []));
        setErrors({} as E);
        // Saved: on to the new object's own address, without asking.
        allowLeave();
        void navigate(local(path(payload.object.id)), { replace: true, state: { created: true } });
        return;
      }
      if (loadedVersion === null) return;
      const payload = await update(loadedVersion);
      if (!payload?.object) return refuse(payload?.errors ?? [], errorsOf);
      take(payload.object);
      setNotice(savedNotice);
    } catch (failure) {
      fail(failure);
    }
  };

  /** After a conflict: the stored object again, replacing what was typed. */
  const reloadLatest = async (refetch: () => Promise<N | null>) => {
    const latest = await refetch();
    if (!latest) return;
    take(latest);
    setConflict(false);
  };

  return { values, set, errors, setErrors, conflict, attempt, notice, setNotice, dirty, blocker, allowLeave, loadedVersion, submit, reloadLatest, begin, refuse, fail };
}
