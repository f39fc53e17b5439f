/** The example of FORMAT.md, verbatim (parse.test.ts checks it against ../shared/FORMAT.md when that file is present). */
export const FORMAT_EXAMPLE = String.raw`{
  "format": "kring.network",
  "version": 1,
  "id": "net-samir",
  "focus": "p-samir",
  "people": [
    { "id": "p-samir", "name": "Samir", "kind": "person" },
    { "id": "p-latifa", "name": "Latifa", "kind": "person", "sector": "family",
      "role": "zus", "closeness": "inner", "consent": "allowed", "burden": "strained",
      "location": { "area": "abroad", "country": "MA" },
      "languages": ["ar", "nl"], "channels": ["video", "whatsapp"] },
    { "id": "p-jan", "name": "Jan de Vries", "kind": "person", "sector": "care",
      "role": "netwerkondersteuner", "closeness": "middle" },
    { "id": "o-kloof", "name": "Inloophuis De Kloof", "kind": "place",
      "sector": "community", "closeness": "outer" },
    { "id": "p-rex", "name": "Rex", "kind": "animal", "sector": "family", "closeness": "inner" }
  ],
  "ties": [
    { "id": "t-1", "between": ["p-samir", "p-latifa"], "strength": "strong",
      "quality": "supportive", "status": "active", "intent": "maintain",
      "support": { "receives": ["emotional", "practical"], "gives": ["companionship"] },
      "contact": "weekly",
      "history": [
        { "date": "2019", "status": "broken", "note": "ruzie na de uitzetting" },
        { "date": "2024-03", "status": "active", "quality": "ambivalent" }
      ] }
  ],
  "groups": [
    { "id": "g-steun", "name": "Steungroep", "kind": "support-group",
      "members": ["p-latifa", "p-jan"], "channel": "whatsapp" }
  ],
  "events": [
    { "id": "e-1", "title": "Uit huis gezet", "date": "2019-05", "category": "housing",
      "valence": -2, "people": ["p-latifa"] },
    { "id": "e-2", "title": "In de opvang", "start": "2019-06", "end": "~2021",
      "category": "housing", "valence": -1 }
  ],
  "layout": { "p-latifa": { "angle": 40 } },
  "extensions": { "com.example.vendor": { "dossierId": "A-1234" } }
}
`;
