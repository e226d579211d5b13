/** Short articles written for the language check, one per language, each about 50 words. */
export const LANGUAGE_SAMPLES = {
  french:
    'Le conseil municipal de Valmorin a voté mardi un nouveau budget pour la bibliothèque. ' +
    'La maire, Hélène Durand, a déclaré que les travaux commenceront au printemps. ' +
    "Selon elle, le chantier coûtera environ deux millions d'euros et durera dix-huit mois. " +
    'Les habitants pourront emprunter des livres dans une salle provisoire près de la gare. ' +
    'Plusieurs associations ont salué cette décision attendue depuis longtemps.',
  german:
    'Der Stadtrat von Lindenfeld hat am Dienstag einen neuen Haushalt für die Bücherei beschlossen. ' +
    'Die Bürgermeisterin Petra Vogel sagte, dass die Bauarbeiten im Frühjahr beginnen sollen. ' +
    'Nach ihren Angaben kostet das Vorhaben etwa zwei Millionen Euro und dauert achtzehn Monate. ' +
    'Die Einwohner können in dieser Zeit Bücher in einem Ersatzraum am Bahnhof ausleihen. ' +
    'Mehrere Vereine begrüßten die lange erwartete Entscheidung.',
  spanish:
    'El ayuntamiento de Valdeluna aprobó el martes un nuevo presupuesto para la biblioteca. ' +
    'La alcaldesa, Lucía Herrera, dijo que las obras empezarán en primavera. ' +
    'Según ella, el proyecto costará unos dos millones de euros y durará dieciocho meses. ' +
    'Los vecinos podrán pedir libros prestados en una sala provisional cerca de la estación. ' +
    'Varias asociaciones celebraron una decisión que llevaban años esperando.',
  russian:
    'Городской совет Озёрска во вторник утвердил новый бюджет для библиотеки. ' +
    'Мэр города Анна Смирнова сказала, что работы начнутся весной. ' +
    'По её словам, проект обойдётся примерно в два миллиона рублей и займёт полтора года. ' +
    'Жители смогут брать книги во временном зале рядом с вокзалом. ' +
    'Несколько общественных организаций поддержали это давно ожидаемое решение.',
  chinese:
    '青石镇议会星期二通过了图书馆的新预算。镇长李华说，工程将在春天开始。' +
    '她表示，这个项目大约需要两百万元，工期为十八个月。' +
    '在此期间，居民可以在火车站附近的临时阅览室借书。多个社区团体对这一期待已久的决定表示欢迎。',
  englishWithNamesAndNumbers:
    'Karlstad Rovers beat Mellby United 3-1 on 12 March 2024 at Norrvik Arena before 14,250 fans. ' +
    'Striker Anders Lindqvist scored twice, in the 17th and 64th minutes, and captain Tomas Ek added ' +
    'a third. Coach Birgitta Sjöberg said the result lifts Rovers to 41 points from 22 games. ' +
    'Mellby coach Ivar Holmgren, 52, blamed fatigue after trips to Oslo, Turku and Aalborg. ' +
    'Tickets cost SEK 180, up 12% from 2023.',
} as const;
