/**
 * "Actie toevoegen" in the person's and the tie's popover (on the map and from the list's
 * edit buttons): a button under the editor; pressed, the popover shows the {@link ActionForm}
 * instead of the editor, about that person or tie, and the action is written through the
 * view's own editing (one undo step on the map's history). Cancel or a saved action brings the
 * editor back, with focus on the button and a status line saying what was added.
 */
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { addAction, INTENTS, type ActionIntent, type Network, type NetworkIssue, type OperationResult } from '@kring/core';
import { useText, type Locale } from '../i18n';
import { ActionForm } from './ActionForm';
import { PLAN_FORM_BUNDLES, type PlanFormTextKey } from './messages';

/** Props of {@link AddActionPanel}. */
export interface AddActionPanelProps {
  network: Network;
  /** The person or tie the new action is about. */
  about: string;
  /**
   * Commit the operation (the view's `apply`, one undo step) with the sentence that says what
   * happened; `true` when it was applied, `false` when core refused it (its issues then come
   * back as `issues`).
   */
  apply: (result: OperationResult, message: string) => boolean;
  /** Issues of the last refused operation (shown in the form). */
  issues?: readonly NetworkIssue[];
  /** Today, for the due date's "Vandaag" button. */
  today?: () => string;
  /** The editor shown while the form is closed. */
  children?: ReactNode;
  locale?: Locale;
  messages?: Partial<Record<PlanFormTextKey, string>>;
}

/** The intent a new action about `ref` starts with: the tie's intent, `limit` for someone who refused contact, else `strengthen`. */
export function defaultIntentFor(network: Network, ref: string): ActionIntent {
  const tie = network.ties.find((x) => x.id === ref);
  if (tie?.intent && (INTENTS as readonly string[]).includes(tie.intent)) return tie.intent;
  const refused = (id: string) => network.people.find((p) => p.id === id)?.consent === 'not-allowed';
  if (tie ? tie.between.some((end) => end !== network.focus && refused(end)) : refused(ref)) return 'limit';
  return 'strengthen';
}

/** See the module comment. */
export function AddActionPanel(props: AddActionPanelProps): ReactElement {
  const { network, about, apply, issues } = props;
  const t = useText(PLAN_FORM_BUNDLES, props.locale, props.messages);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState('');
  const [refocus, setRefocus] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (refocus > 0) buttonRef.current?.focus();
  }, [refocus]);
  const close = () => {
    setOpen(false);
    setRefocus((n) => n + 1);
  };
  if (open) {
    return (
      <div data-part="add-action-panel" data-open="">
        <ActionForm
          network={network}
          headingLevel={3}
          defaultValues={{ about: [about], intent: defaultIntentFor(network, about) }}
          issues={issues}
          issuePath={`actions[${network.actions?.length ?? 0}]`}
          {...(props.today ? { today: props.today } : {})}
          locale={t.locale}
          messages={t.overrides}
          onCancel={close}
          onSubmit={(input) => {
            if (!apply(addAction(network, input), t('plan.announce.added', { step: input.step }))) return false;
            setAdded(t('plan.popover.added', { step: input.step }));
            close();
            return true;
          }}
        />
      </div>
    );
  }
  return (
    <>
      {props.children}
      <div data-part="add-action-panel">
        <button type="button" data-part="button" ref={buttonRef} onClick={() => { setAdded(''); setOpen(true); }}>
          {t('plan.popover.add')}
        </button>
        <p role="status" data-part="form-status">
          {added}
        </p>
      </div>
    </>
  );
}
