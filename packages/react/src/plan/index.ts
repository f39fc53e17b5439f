/**
 * The network plan: the `NetworkPlan` view, its `ActionForm`, and the "Actie toevoegen" panel
 * of the person's and the tie's popover.
 */
export { NetworkPlan } from './NetworkPlan';
export { ActionForm, type ActionFormProps, type ActionFormValues } from './ActionForm';
export { AddActionPanel, type AddActionPanelProps } from './AddActionPanel';
export { planMessages, PLAN_BUNDLES, type PlanMessageKey, type PlanTextKey } from './messages';
export type { NetworkPlanProps, PlanChange, PlanChangeType, PlanMessages } from './types';
