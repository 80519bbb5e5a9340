import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';
import { useStrings } from '../../../app/language';
import { workspaceStrings } from '../strings';

/**
 * Unsaved changes in a form: leaving for another page asks first (LeaveDialog), closing or reloading
 * the tab asks the browser's question. Call `allowLeave()` before navigating away on purpose
 * (after a save).
 */
export function useLeaveGuard(dirty: boolean) {
  const leaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !leaving.current && dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const allowLeave = useCallback(() => {
    leaving.current = true;
  }, []);
  return { blocker, allowLeave };
}

/** The question a form asks when someone leaves it with unsaved changes: stay (the default) or leave. */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const t = useStrings(workspaceStrings);
  if (blocker.state !== 'blocked') return null;
  return (
    <div className="ws-dialog-backdrop">
      <div className="ws-dialog" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-body">
        <h2 id="leave-title">{t.leaveTitle}</h2>
        <p id="leave-body">{t.leaveBodyForm}</p>
        <div className="ws-actions">
          <button type="button" className="button" autoFocus onClick={() => blocker.reset()}>
            {t.stay}
          </button>
          <button type="button" className="button button--secondary" onClick={() => blocker.proceed()}>
            {t.leave}
          </button>
        </div>
      </div>
    </div>
  );
}
