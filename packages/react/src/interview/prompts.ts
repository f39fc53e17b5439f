import type { InterviewPrompt } from './types';

/**
 * The questions of the guided interview, taken from the conversation hooks in the research
 * ("Social Network First?"; the card game "Wie is voor jou belangrijk?"): someone to fall back
 * on, plans for the weekend, an ordinary day, the last WhatsApp contact, people you lost
 * touch with, places where you meet people, and who you help (reciprocity).
 *
 * Each prompt says what is filled in for the people named at that step. Hosts may pass a
 * changed copy or their own list through the `prompts` prop. Frozen; copy before changing.
 */
export const defaultInterviewPrompts: readonly InterviewPrompt[] = /* @__PURE__ */ Object.freeze([
  {
    id: 'fallback',
    label: { nl: 'Terugvallen', en: 'Someone to fall back on' },
    text: {
      nl: 'Als er iets met je gebeurt, op wie kunnen we dan terugvallen?',
      en: 'If something happens to you, who can we fall back on?',
    },
    hint: {
      nl: 'Iemand die je belt als het niet goed gaat. Dat kan familie zijn, een vriend, een buur of een hulpverlener.',
      en: 'Someone you call when things go wrong: family, a friend, a neighbour or a professional.',
    },
    defaults: {
      closeness: 'inner',
      tie: { status: 'active', support: { receives: ['emotional', 'practical'] } },
    },
  },
  {
    id: 'weekend',
    label: { nl: 'Het weekend', en: 'The weekend' },
    text: {
      nl: 'Wat ga je dit weekend doen? En met wie?',
      en: 'What are your plans for the weekend? And who with?',
    },
    hint: {
      nl: 'Ook gewone dingen tellen: samen koffie drinken, voetbal kijken, even bellen.',
      en: 'Ordinary things count too: a coffee together, watching football, a phone call.',
    },
    defaults: {
      sector: 'friends',
      closeness: 'middle',
      tie: { status: 'active', support: { receives: ['companionship'] } },
    },
  },
  {
    id: 'daily',
    label: { nl: 'Een gewone dag', en: 'An ordinary day' },
    text: {
      nl: 'Hoe ziet een gewone dag eruit? Wie zie of spreek je dan?',
      en: 'What does an ordinary day look like? Who do you see or talk to?',
    },
    hint: {
      nl: 'Bijvoorbeeld op je werk, bij dagbesteding, op school, bij de inloop of in de opvang.',
      en: 'For example at work, at a day activity, at school, at a drop-in centre or in the shelter.',
    },
    defaults: {
      sector: 'work',
      closeness: 'middle',
      tie: { status: 'active', contact: 'weekly', support: { receives: ['companionship'] } },
    },
  },
  {
    id: 'whatsapp',
    label: { nl: 'Laatste appje', en: 'Last WhatsApp' },
    text: {
      nl: 'Met wie heb je als laatste geappt?',
      en: 'Who was the last person you sent a WhatsApp message to?',
    },
    hint: {
      nl: 'Kijk gerust samen even in je telefoon. Je laat alleen zien wat je zelf wilt.',
      en: 'Feel free to look at your phone together. You only show what you want to show.',
    },
    defaults: {
      person: { channels: ['whatsapp'] },
      tie: { status: 'active' },
    },
  },
  {
    id: 'lost-touch',
    label: { nl: 'Contact kwijt', en: 'Lost touch' },
    text: {
      nl: 'Met wie had je vroeger contact, maar nu niet meer?',
      en: 'Who were you in touch with before, but not any more?',
    },
    hint: {
      nl: 'Dat overkomt iedereen wel eens. Soms kun je het contact later weer oppakken, als je dat wilt.',
      en: 'That happens to everyone now and then. Sometimes you can pick it up again later, if you want to.',
    },
    defaults: {
      closeness: 'outer',
      tie: { status: 'faded' },
    },
    statusChoices: ['faded', 'broken'],
  },
  {
    id: 'places',
    label: { nl: 'Plekken', en: 'Places' },
    text: {
      nl: 'Waar kom je mensen tegen?',
      en: 'Where do you meet people?',
    },
    hint: {
      nl: 'Bijvoorbeeld een inloophuis, buurthuis, kerk, moskee, sportclub, bibliotheek of de markt.',
      en: 'For example a drop-in centre, community centre, church, mosque, sports club, library or the market.',
    },
    defaults: {
      kind: 'place',
      sector: 'community',
      closeness: 'outer',
      tie: { status: 'active', support: { receives: ['companionship'] } },
    },
  },
  {
    id: 'you-help',
    label: { nl: 'Jij helpt', en: 'You help' },
    text: {
      nl: 'Voor wie doe jij wel eens iets?',
      en: 'Who do you sometimes do something for?',
    },
    hint: {
      nl: 'Boodschappen doen, op een hond passen, luisteren, iemand de weg wijzen. Kleine dingen tellen ook.',
      en: 'Doing some shopping, minding a dog, listening, showing someone the way. Small things count too.',
    },
    defaults: {
      tie: { status: 'active', support: { gives: ['practical'] } },
    },
  },
] satisfies InterviewPrompt[]);
