import { bundles, type BundleKey } from '../i18n/bundles';
import type { Bundle } from '../i18n/types';
import { SYMBOL_BUNDLES } from '../symbols/messages';

const nl = {
  'legend.title': 'Legenda',
  'legend.client': 'de cliënt',
  'legend.section.strength': 'Sterkte van de band: dikte van de lijn',
  'legend.section.quality': 'Hoe is het contact: soort lijn',
  'legend.section.status': 'Hoe staat de band ervoor',
  'legend.section.direction': 'Wie geeft steun: pijlen',
  'legend.section.kinds': 'Soorten',
  'legend.section.nodes': 'Vormen',
  'legend.section.badges': 'Tekens bij mensen',
  'legend.line.strong': 'Dikke lijn: sterke band',
  'legend.line.moderate': 'Gewone lijn: gemiddelde band',
  'legend.line.weak': 'Dunne lijn: zwakke band',
  'legend.line.supportive': 'Doorgetrokken lijn: steunend',
  'legend.line.ambivalent': 'Streepjeslijn: wisselend, soms goed en soms moeilijk',
  'legend.line.stressful': 'Zigzaglijn: geeft spanning',
  'legend.line.harmful': 'Lijn met waarschuwingsdriehoek: schadelijk',
  'legend.line.faded': 'Stippellijn: verwaterd, er is weinig contact meer',
  'legend.line.broken': 'Lijn met een gat en twee schuine streepjes: verbroken',
  'legend.line.ended': 'Lichte lijn met een dwarsstreep: afgesloten',
  'legend.line.potential': 'Lijn van streepjes en puntjes: kan een rol spelen',
  'legend.arrow.receives': 'Pijl naar {name}: {name} krijgt steun',
  'legend.arrow.gives': 'Pijl van {name} af: {name} geeft steun',
  'legend.arrow.both': 'Pijlen aan twee kanten: steun over en weer',
  'legend.node.informal': 'Rondje: informeel, het eigen netwerk',
  'legend.node.formal': 'Vierkant: formeel, een beroepskracht',
  'legend.node.focus': 'Dubbele rand: {name}, in het midden',
  'legend.node.deceased': 'Stippelrand: overleden',
  'legend.line.divider': 'Dunne lichte doorgetrokken lijn: grens tussen twee sectoren, geen band',
  'legend.section.support': 'Soort steun: letters op de lijn',
  'legend.support.item': '{letter}: {kind}',
  'legend.section.plan': 'Netwerkplan: tekens bij banden en mensen',
  'legend.plan.intent': 'Vierkant teken: doel {intent}',
  'legend.plan.count': 'Getal in een vierkant: aantal open acties',
  'legend.section.groups': 'Groepen: een lijn om de leden',
  'legend.group.support-group': 'Doorgetrokken lijn om de leden: steungroep (met naam)',
  'legend.group.base-team': 'Lange streepjes om de leden: basisteam (met naam)',
  'legend.group.chat': 'Puntjes om de leden: chatgroep (met naam)',
  'legend.group.other': 'Streepje-punt om de leden: andere groep (met naam)',
  'legend.section.changes': 'Wat is er veranderd sinds {date}',
  'legend.section.changesAny': 'Wat is er veranderd (sinds een gekozen datum)',
  'legend.change.item': '{change}',
  'legend.change.gone': 'Vage stippelrand met "weg": was er, staat er nu niet meer',
} as const;

/** Keys of {@link legendMessages}. */
export type LegendMessageKey = keyof typeof nl;

/** Words of the legend. */
export const legendMessages: Bundle<LegendMessageKey> = { nl };

/** The texts the legend loads: the shared labels, the symbol words and {@link legendMessages}. */
export const LEGEND_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, legendMessages);
/** Every key of {@link LEGEND_BUNDLES}: what the legend's `messages` prop can override. */
export type LegendTextKey = BundleKey<typeof LEGEND_BUNDLES>;
