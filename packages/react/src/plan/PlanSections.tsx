/**
 * The plan's sections (core order, `planSections`), each a heading with its count and its
 * rows; empty sections are left out; nothing that passes the filter says so.
 * @internal
 */
import { useId, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { Text } from '../i18n';
import { planSections } from '../view/plan';
import { PlanRow } from './PlanRow';
import type { PlanTextKey } from './messages';
import type { PlanCommands } from './usePlanCommands';
import type { PlanView } from './usePlanView';

/** Props of {@link PlanSectionList}. @internal */
export interface PlanSectionListProps {
  network: Network;
  t: Text<PlanTextKey>;
  readOnly: boolean;
  today: string;
  headingLevel: number;
  view: PlanView;
  commands: PlanCommands;
}

/** @internal */
export function PlanSectionList({ network, t, readOnly, today, headingLevel, view, commands }: PlanSectionListProps): ReactElement {
  const sections = planSections(network, view.filter, today).filter((s) => s.items.length > 0);
  const H = `h${Math.min(6, Math.max(2, headingLevel))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  const uid = useId();
  if (sections.length === 0) return <p data-part="plan-empty">{t('plan.emptyFiltered')}</p>;
  const after = (done: boolean, id: string) => {
    if (!done) return;
    view.setOpen(null);
    view.focusLater(id);
  };
  return (
    <div data-part="plan-sections">
      {sections.map((section) => (
        <section key={section.id} data-part="plan-section" data-section={section.id} aria-labelledby={`${uid}-${section.id}`}>
          <H data-part="plan-section-title" id={`${uid}-${section.id}`}>
            {t(`plan.section.${section.id}`)} <span data-part="plan-section-count">({section.items.length === 1 ? t('plan.sectionCountOne') : t('plan.sectionCount', { count: section.items.length })})</span>
          </H>
          <ul data-part="plan-rows">
            {section.items.map((item) => {
              const id = item.action.id;
              const mode = view.open?.id === id ? view.open.mode : null;
              return (
                <PlanRow
                    key={id}
                    item={item}
                    network={network}
                    t={t}
                    readOnly={readOnly}
                    mode={mode}
                    setMode={(m) => {
                      commands.clearIssues();
                      view.setOpen(m ? { id, mode: m } : null);
                      if (!m) view.focusLater(id);
                    }}
                    today={today}
                    issues={commands.issues?.target === id ? commands.issues.errors : undefined}
                    headingLevel={headingLevel + 1}
                    onSave={(input) => {
                      const ok = commands.update(id, input);
                      after(ok, id);
                      return ok;
                    }}
                    onComplete={(date) => {
                      const ok = commands.complete(id, date);
                      after(ok, id);
                      return ok;
                    }}
                    onDrop={() => after(commands.drop(id), id)}
                    onReopen={() => after(commands.reopen(id), id)}
                    onRemove={() => {
                      const step = item.action.step;
                      if (commands.remove(id)) {
                        view.setRemoved(step);
                        view.focusLater(null);
                      }
                    }}
                  />
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
