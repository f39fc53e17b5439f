/**
 * The plan's screen-only controls: the toolbar ("Actie toevoegen", undo, redo, print), the
 * "removed" notice with its undo, and the add form.
 * @internal
 */
import type { ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { Text } from '../i18n';
import { printPage } from '../paper/print';
import { ActionForm } from './ActionForm';
import type { PlanTextKey } from './messages';
import type { PlanCommands } from './usePlanCommands';
import type { PlanView } from './usePlanView';

/** The toolbar and, after a removal, the notice with its undo. @internal */
export function PlanToolbar({ t, view, commands, onAdd }: { t: Text<PlanTextKey>; view: PlanView; commands: PlanCommands; onAdd: () => void }): ReactElement {
  return (
    <>
      <div data-part="plan-toolbar" data-screen-only="">
        <button type="button" data-part="button" data-variant="primary" ref={view.addRef} aria-expanded={view.adding} onClick={onAdd}>
          {t('plan.add')}
        </button>
        <button type="button" data-part="button" onClick={() => commands.undo()} disabled={!commands.canUndo}>
          {t('plan.undo')}
        </button>
        <button type="button" data-part="button" onClick={() => commands.redo()} disabled={!commands.canRedo}>
          {t('plan.redo')}
        </button>
        <button type="button" data-part="button" onClick={printPage}>
          {t('plan.print')}
        </button>
      </div>
      {view.removed ? (
        <div data-part="plan-notice" data-screen-only="">
          <p>{t('plan.removedNotice', { step: view.removed })}</p>
          <button type="button" data-part="button" disabled={!commands.canUndo} onClick={() => { commands.undo(); view.setRemoved(null); }}>
            {t('plan.undo')}
          </button>
          <button type="button" data-part="button" onClick={() => view.setRemoved(null)}>
            {t('plan.close')}
          </button>
        </div>
      ) : null}
    </>
  );
}

/** Props of {@link PlanAddForm}. @internal */
export interface PlanAddFormProps {
  network: Network;
  t: Text<PlanTextKey>;
  view: PlanView;
  commands: PlanCommands;
  today: string;
  headingLevel: 3 | 4 | 5;
}

/** The add form under the toolbar: a saved action gets focus (or "Actie toevoegen" when filtered out). @internal */
export function PlanAddForm({ network, t, view, commands, today, headingLevel }: PlanAddFormProps): ReactElement {
  return (
    <div data-part="plan-add" data-screen-only="">
      <ActionForm
        network={network}
        headingLevel={headingLevel}
        issues={commands.issues?.target === 'new' ? commands.issues.errors : undefined}
        issuePath={`actions[${network.actions?.length ?? 0}]`}
        today={() => today}
        locale={t.locale}
        messages={t.overrides}
        onCancel={() => {
          view.setAdding(false);
          commands.clearIssues();
          view.focusLater(null, 'add');
        }}
        onSubmit={(input) => {
          const added = commands.add(input);
          if (!added) return false;
          view.setAdding(false);
          view.focusLater(added, 'add');
          return true;
        }}
      />
    </div>
  );
}
