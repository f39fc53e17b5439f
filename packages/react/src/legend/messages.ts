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
} as const;

/** Keys of {@link legendMessages}. */
export type LegendMessageKey = keyof typeof nl;

const en: Record<LegendMessageKey, string> = {
  'legend.title': 'Legend',
  'legend.client': 'the client',
  'legend.section.strength': 'Strength of the tie: thickness of the line',
  'legend.section.quality': 'How is the contact: kind of line',
  'legend.section.status': 'How the tie stands',
  'legend.section.direction': 'Who gives support: arrows',
  'legend.section.kinds': 'Kinds',
  'legend.section.nodes': 'Shapes',
  'legend.section.badges': 'Signs next to people',
  'legend.line.strong': 'Thick line: strong tie',
  'legend.line.moderate': 'Normal line: moderate tie',
  'legend.line.weak': 'Thin line: weak tie',
  'legend.line.supportive': 'Solid line: supportive',
  'legend.line.ambivalent': 'Dashed line: mixed, sometimes good and sometimes hard',
  'legend.line.stressful': 'Zigzag line: stressful',
  'legend.line.harmful': 'Line with a warning triangle: harmful',
  'legend.line.faded': 'Dotted line: faded, little contact left',
  'legend.line.broken': 'Line with a gap and two slashes: broken',
  'legend.line.ended': 'Faint line with a cross bar: ended',
  'legend.line.potential': 'Dash-dot line: could play a role',
  'legend.arrow.receives': 'Arrow towards {name}: {name} receives support',
  'legend.arrow.gives': 'Arrow away from {name}: {name} gives support',
  'legend.arrow.both': 'Arrows at both ends: support goes both ways',
  'legend.node.informal': 'Circle: informal, their own network',
  'legend.node.formal': 'Square: formal, a professional',
  'legend.node.focus': 'Double outline: {name}, in the middle',
  'legend.node.deceased': 'Dotted outline: died',
  'legend.line.divider': 'Thin light solid line: border between two sectors, not a tie',
  'legend.section.support': 'Kind of support: letters on the line',
  'legend.support.item': '{letter}: {kind}',
};

/** Words of the legend. */
export const legendMessages: Bundle<LegendMessageKey> = { nl, en };

/** The texts the legend loads: the shared labels, the symbol words and {@link legendMessages}. */
export const LEGEND_BUNDLES = /* @__PURE__ */ bundles(SYMBOL_BUNDLES, legendMessages);
/** Every key of {@link LEGEND_BUNDLES}: what the legend's `messages` prop can override. */
export type LegendTextKey = BundleKey<typeof LEGEND_BUNDLES>;
