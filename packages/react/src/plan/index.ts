/**
 * The network plan: the `NetworkPlan` view, its `ActionForm`, and the "Actie toevoegen" panel
 * of the person's and the tie's popover.
 */
export { NetworkPlan } from './NetworkPlan';
export { ActionForm, type ActionFormProps, type ActionFormValues } from './ActionForm';
export { AddActionPanel, type AddActionPanelProps } from './AddActionPanel';
export { planMessages, planFormMessages, PLAN_BUNDLES, PLAN_FORM_BUNDLES, type PlanMessageKey, type PlanFormMessageKey, type PlanTextKey, type PlanFormTextKey } from './messages';
export type { NetworkPlanProps, PlanChange, PlanChangeType, PlanMessages } from './types';
