/**
 * Words of the names-first interview (issue 15), Dutch (default) and English. Plain language
 * (B1), spoken to the client at the table ("je"), never shaming: "Ik heb geen netwerk" is an
 * ordinary answer and a way in, not a dead end.
 */
import type { Bundle } from '../../i18n/types';

/** The keys of {@link namesInterviewMessages}. Placeholders are written `{name}`. */
export type NamesMessageKey =
  | 'names.steps'
  | 'names.step.names'
  | 'names.step.place'
  | 'names.step.details'
  | 'names.step.roles'
  | 'names.progress'
  | 'names.namesTitle'
  | 'names.namesIntro'
  | 'names.field'
  | 'names.fieldHint'
  | 'names.hook'
  | 'names.nextHook'
  | 'names.chips'
  | 'names.chipsEmpty'
  | 'names.chipName'
  | 'names.chipRemove'
  | 'names.noNetwork'
  | 'names.noNetworkHint'
  | 'names.renamed'
  | 'names.unknown'
  | 'names.twice'
  | 'names.addedMany'
  | 'names.removedLast'
  | 'names.placeTitle'
  | 'names.placeIntro'
  | 'names.placeKeys'
  | 'names.placeKeysSector'
  | 'names.placeKeysCircle'
  | 'names.toPlace'
  | 'names.placed'
  | 'names.allPlaced'
  | 'names.nothingToPlace'
  | 'names.chipPlace'
  | 'names.chipPlaceAt'
  | 'names.notPlaced'
  | 'names.chooseCircle'
  | 'names.placedAt'
  | 'names.dropHere'
  | 'names.dropNowhere'
  | 'names.detailsTitle'
  | 'names.detailsIntro'
  | 'names.detailsCount'
  | 'names.detailsNone'
  | 'names.detailsStrength'
  | 'names.detailsQuality'
  | 'names.detailsReceives'
  | 'names.detailsGives'
  | 'names.detailsConsent'
  | 'names.detailsSaved'
  | 'names.prevPerson'
  | 'names.nextPerson'
  | 'names.skipPerson'
  | 'names.skipDetails'
  | 'names.rolesTitle'
  | 'names.rolesIntro'
  | 'names.rolesNoNetworkIntro'
  | 'names.lostTitle'
  | 'names.lostHint'
  | 'names.lostField'
  | 'names.pastPrompts'
  | 'names.past.school'
  | 'names.past.work'
  | 'names.past.neighbourhood'
  | 'names.past.family'
  | 'names.potentialTitle'
  | 'names.potentialHint'
  | 'names.potentialField'
  | 'names.placesTitle'
  | 'names.placesHint'
  | 'names.placesField'
  | 'names.placeSuggestions'
  | 'names.suggest.inloop'
  | 'names.suggest.dagbesteding'
  | 'names.suggest.faith'
  | 'names.suggest.sport'
  | 'names.suggest.library'
  | 'names.suggestAdd'
  | 'names.listed'
  | 'names.map'
  | 'names.mapHint';

const nl: Record<NamesMessageKey, string> = {
  'names.steps': 'Stappen',
  'names.step.names': 'Namen',
  'names.step.place': 'Plaatsen',
  'names.step.details': 'Details',
  'names.step.roles': 'Wie nog meer?',
  'names.progress': 'Stap {current} van 4',
  'names.namesTitle': 'Wie zijn er in je leven?',
  'names.namesIntro': 'Noem gewoon namen. Eén naam, Enter, de volgende. Waar iemand hoort, doen we daarna.',
  'names.field': 'Naam',
  'names.fieldHint': 'Enter voegt toe. Een lijst plakken kan ook (één naam per regel of met komma’s). Backspace in een leeg veld haalt de laatste naam weg.',
  'names.hook': 'Vraag die kan helpen:',
  'names.nextHook': 'Andere vraag',
  'names.chips': 'Genoemd',
  'names.chipsEmpty': 'Nog niemand. Dat is ook goed.',
  'names.chipName': 'Naam {number}',
  'names.chipRemove': '{name} weghalen',
  'names.noNetwork': 'Ik heb geen netwerk',
  'names.noNetworkHint': 'Dat zeggen veel mensen. We beginnen dan bij plekken waar je komt en bij mensen van vroeger.',
  'names.renamed': 'Naam gewijzigd in {name}.',
  'names.unknown': 'Weet ik niet',
  'names.twice': '{name} staat al op de kaart. Is het iemand anders met dezelfde naam? Druk dan nog eens op Enter.',
  'names.addedMany': '{count} namen toegevoegd.',
  'names.removedLast': '{name} is weggehaald.',
  'names.placeTitle': 'Waar horen ze op de kaart?',
  'names.placeIntro': 'Sleep een naam naar een vak op de kaart: de sector (familie, vrienden, …) en de cirkel (hoe dichtbij).',
  'names.placeKeys': 'Met het toetsenbord: ga met Tab naar een naam en druk twee cijfers. Eerst de sector, dan de cirkel. Daarna gaat de focus naar de volgende naam. Escape breekt af.',
  'names.placeKeysSector': 'Sector',
  'names.placeKeysCircle': 'Cirkel',
  'names.toPlace': 'Nog te plaatsen',
  'names.placed': 'Geplaatst',
  'names.allPlaced': 'Iedereen staat op de kaart.',
  'names.nothingToPlace': 'Er zijn nog geen namen om te plaatsen.',
  'names.chipPlace': '{name} plaatsen',
  'names.chipPlaceAt': '{name}, {place}',
  'names.notPlaced': 'nog niet geplaatst',
  'names.chooseCircle': '{sector}: kies de cirkel (1 binnen, 2 midden, 3 buiten)',
  'names.placedAt': '{name} staat nu bij {place}.',
  'names.dropHere': 'Loslaten: {place}',
  'names.dropNowhere': 'Sleep naar een vak op de kaart',
  'names.detailsTitle': 'Wil je meer vertellen?',
  'names.detailsIntro': 'Dit mag, het hoeft niet. Sla gerust over wat je niet weet of niet wilt zeggen.',
  'names.detailsCount': '{current} van {total}',
  'names.detailsNone': 'Er is nog niemand genoemd.',
  'names.detailsStrength': 'Hoe sterk is het contact?',
  'names.detailsQuality': 'Wat voor contact is het?',
  'names.detailsReceives': 'Wat krijg je van {name}?',
  'names.detailsGives': 'Wat doe jij voor {name}?',
  'names.detailsConsent': 'Mag je begeleider contact opnemen met {name}?',
  'names.detailsSaved': 'Opgeslagen: {field}.',
  'names.prevPerson': 'Vorige persoon',
  'names.nextPerson': 'Volgende persoon',
  'names.skipPerson': 'Overslaan',
  'names.skipDetails': 'Details overslaan',
  'names.rolesTitle': 'Wie zou een rol kunnen spelen?',
  'names.rolesIntro': 'Soms zijn er mensen met wie het contact weg is, of mensen en plekken die er zouden kunnen zijn.',
  'names.rolesNoNetworkIntro': 'Geen netwerk hebben komt veel voor. We kijken samen naar plekken waar je komt en naar mensen van vroeger. Alles mag, niets moet.',
  'names.lostTitle': 'Mensen van vroeger',
  'names.lostHint': 'Met wie had je vroeger contact, maar nu niet meer?',
  'names.lostField': 'Naam van iemand van vroeger',
  'names.pastPrompts': 'Denk bijvoorbeeld aan:',
  'names.past.school': 'iemand van school',
  'names.past.work': 'iemand van je werk',
  'names.past.neighbourhood': 'iemand uit je oude buurt',
  'names.past.family': 'familie die je lang niet zag',
  'names.potentialTitle': 'Wie zou kunnen helpen?',
  'names.potentialHint': 'Iemand die je nog niet goed kent, maar die er zou kunnen zijn: een buur, een vrijwilliger, een maatje.',
  'names.potentialField': 'Naam van iemand die zou kunnen helpen',
  'names.placesTitle': 'Plekken',
  'names.placesHint': 'Waar kom je mensen tegen?',
  'names.placesField': 'Naam van een plek',
  'names.placeSuggestions': 'Kom je op een van deze plekken?',
  'names.suggest.inloop': 'Inloophuis',
  'names.suggest.dagbesteding': 'Dagbesteding',
  'names.suggest.faith': 'Kerk of moskee',
  'names.suggest.sport': 'Sportclub',
  'names.suggest.library': 'Bibliotheek',
  'names.suggestAdd': '{name} toevoegen',
  'names.listed': 'Genoemd',
  'names.map': 'Kaart van het netwerk',
  'names.mapHint': 'De kaart groeit mee met elke naam.',
};

/** Words of the names-first interview, Dutch and English. */
export const namesInterviewMessages: Bundle<NamesMessageKey> = { nl };
