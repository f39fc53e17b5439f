/**
 * Words of the network plan (NetworkPlan, ActionForm and "Actie toevoegen" in the editors'
 * popover) in Dutch (default) and English. Spoken to the caseworker; plain language (B1).
 * Intent and status words are the shared labels (`actionIntent.*`, `actionStatus.*`), field
 * names `field.action.*`.
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import { EDITOR_BUNDLES } from '../editor/messages';
import { PAPER_BUNDLES } from '../paper/messages';

const formNl = {
  'plan.tie': '{a} – {b}',
  'plan.unknown': 'onbekend',
  'plan.cancel': 'Annuleren',
  'plan.announce.added': 'Actie toegevoegd: {step}',
  'plan.form.addTitle': 'Actie toevoegen',
  'plan.form.editTitle': 'Actie wijzigen',
  'plan.form.submitAdd': 'Actie toevoegen',
  'plan.form.submitEdit': 'Opslaan',
  'plan.form.search': 'Zoek een naam',
  'plan.form.searchHint': 'Typ een deel van een naam om de lijst korter te maken.',
  'plan.form.people': 'Mensen',
  'plan.form.ties': 'Banden',
  'plan.form.noMatch': 'Niemand gevonden met “{query}”.',
  'plan.form.aboutRequired': 'Kies over wie de actie gaat.',
  'plan.form.stepRequired': 'Schrijf op wat er moet gebeuren.',
  'plan.form.stepHint': 'Bijvoorbeeld: Latifa bellen over de steungroep.',
  'plan.form.refused': '{name} wil geen contact: kies ‘{limit}’ of ‘{maintain}’, of iemand anders.',
  'plan.form.refusedOption': '{name} wil geen contact: alleen bij ‘{limit}’ of ‘{maintain}’.',
  'plan.form.askFirst': 'Vraag {client} eerst of contact met {name} goed is.',
  'plan.form.ownerNone': 'Nog niemand',
  'plan.form.ownerCaseworker': 'begeleider',
  'plan.form.ownerClient': 'cliënt',
  'plan.form.ownerPeople': 'Iemand uit het netwerk',
  'plan.form.ownerOther': 'Iemand anders…',
  'plan.form.ownerText': 'Wie anders',
  'plan.form.ownerTextHint': 'Bijvoorbeeld: huisarts of maatschappelijk werker.',
  'plan.form.blocked': 'De actie is nog niet opgeslagen: {reason}',
  'plan.popover.add': 'Actie toevoegen',
  'plan.popover.added': 'Actie toegevoegd: {step}',
} as const;

/** Every message key of the action form and the popover's "Actie toevoegen". */
export type PlanFormMessageKey = keyof typeof formNl;

/** Words of the action form (also in the map's popover), Dutch and English. */
export const planFormMessages: Bundle<PlanFormMessageKey> = { nl: formNl };

/** The texts the action form loads: the editors' (labels, dates) and {@link planFormMessages}. The map loads only these. */
export const PLAN_FORM_BUNDLES = /* @__PURE__ */ bundles(EDITOR_BUNDLES, planFormMessages);
/** Every key of {@link PLAN_FORM_BUNDLES}. */
export type PlanFormTextKey = BundleKey<typeof PLAN_FORM_BUNDLES>;

const nl = {
  'plan.title': 'Netwerkplan',
  'plan.paperTitle': 'Netwerkplan van {name}',
  'plan.label': 'Netwerkplan van {name}',
  'plan.add': 'Actie toevoegen',
  'plan.empty': 'Er staan nog geen acties in het plan.',
  'plan.emptyFiltered': 'Geen acties die bij deze keuze passen.',
  'plan.counts': '{open} open, {overdue} te laat, {done} gedaan, {dropped} vervallen',
  'plan.section.reactivate': 'Opnieuw betrekken',
  'plan.section.strengthen': 'Versterken en behouden',
  'plan.section.restore': 'Herstellen',
  'plan.section.limit': 'Begrenzen',
  'plan.section.build': 'Nieuw opbouwen',
  'plan.section.contact': 'Samenkomen, vragen en informeren',
  'plan.sectionCount': '{count} acties',
  'plan.sectionCountOne': '1 actie',
  'plan.about': 'Over',
  'plan.owner': 'Wie',
  'plan.due': 'Klaar',
  'plan.status': 'Stand',
  'plan.noOwner': 'nog niemand',
  'plan.noDue': 'geen datum',
  'plan.overdue': 'Te laat — was {date}',
  'plan.doneOn': 'Gedaan op {date}',
  'plan.dropped': 'Vervallen',
  'plan.filters': 'Welke acties',
  'plan.filter.status': 'Toon',
  'plan.filter.open': 'Open',
  'plan.filter.done': 'Gedaan en vervallen',
  'plan.filter.all': 'Alles',
  'plan.filter.owner': 'Wie doet het',
  'plan.filter.person': 'Over wie',
  'plan.filter.anyone': 'Iedereen',
  'plan.shown': 'Getoond: {what}',
  'plan.shown.open': 'open acties',
  'plan.shown.done': 'gedaan en vervallen acties',
  'plan.shown.all': 'alle acties',
  'plan.complete': 'Gedaan',
  'plan.completeLabel': 'Gedaan: {step}',
  'plan.completeWhen': 'Wanneer gedaan?',
  'plan.completeSave': 'Opslaan als gedaan',
  'plan.drop': 'Laat vallen',
  'plan.dropLabel': 'Laat vallen: {step}',
  'plan.reopen': 'Weer openen',
  'plan.reopenLabel': 'Weer openen: {step}',
  'plan.edit': 'Wijzigen',
  'plan.editLabel': 'Wijzigen: {step}',
  'plan.remove': 'Verwijderen',
  'plan.removeLabel': 'Verwijderen: {step}',
  'plan.undo': 'Ongedaan maken',
  'plan.redo': 'Opnieuw',
  'plan.print': 'Afdrukken',
  'plan.removedNotice': 'Actie verwijderd: {step}.',
  'plan.close': 'Sluiten',
  'plan.announce.updated': 'Actie gewijzigd: {step}',
  'plan.announce.done': 'Actie gedaan: {step}',
  'plan.announce.dropped': 'Actie vervalt: {step}',
  'plan.announce.reopened': 'Actie weer open: {step}',
  'plan.announce.removed': 'Actie verwijderd: {step}',
  'plan.failed': 'Dat lukte niet. Er is niets veranderd.',
  'plan.undone': 'Ongedaan gemaakt',
  'plan.redone': 'Opnieuw gedaan',
  'plan.nothingToUndo': 'Niets om ongedaan te maken',
  'plan.nothingToRedo': 'Niets om opnieuw te doen',
  'plan.renderError': 'Het plan kan nu niet getoond worden. Er is niets veranderd.',
  'plan.retry': 'Opnieuw proberen',
  'plan.invalidNetwork': 'Het plan kan niet getoond worden: de gegevens van het netwerk kloppen niet.',
  'plan.invalidMore': 'en nog {count} problemen',
} as const;

/** Every message key of the plan view (the form's are {@link PlanFormMessageKey}). */
export type PlanMessageKey = keyof typeof nl;

/** Words of the network plan view, Dutch and English. */
export const planMessages: Bundle<PlanMessageKey> = { nl };

/** The texts the plan loads: the form's, the paper's (title block) and {@link planMessages}. */
export const PLAN_BUNDLES = /* @__PURE__ */ bundles(PLAN_FORM_BUNDLES, PAPER_BUNDLES, planMessages);
/** Every key of {@link PLAN_BUNDLES}: what the plan's `messages` prop can override. */
export type PlanTextKey = BundleKey<typeof PLAN_BUNDLES>;
