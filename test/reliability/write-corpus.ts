import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const fixtures = join(root, "fixtures/geneva-2022-01");

interface Event {
  language: string;
  date: string;
  /** Words every report of the event shares (names, places, numbers). */
  core: string[];
  /** Sentences the outlets pick from, each report taking a different rotation. */
  sentences: string[];
  titles: string[];
}

const EVENTS: Event[] = [
  {
    language: "en",
    date: "2023-03-14",
    core: ["Rotterdam", "harbour", "cranes", "strike", "dockworkers"],
    sentences: [
      "Dockworkers in the port of Rotterdam walked out on Tuesday, leaving the harbour cranes idle.",
      "The strike was called by the union after talks on night-shift pay broke down on Monday evening.",
      "About 4,000 dockworkers joined the strike, according to the union, which said the action would last 48 hours.",
      "Port officials said 35 container ships were waiting at anchor outside the harbour.",
      "Shipping companies warned that deliveries to Germany and Belgium could be delayed by several days.",
      "The port authority said it hoped talks with the union would resume before the weekend.",
    ],
    titles: ["Rotterdam dockworkers strike", "Harbour idle as Rotterdam strike begins", "Port of Rotterdam halted"],
  },
  {
    language: "fr",
    date: "2023-05-02",
    core: ["Lyon", "crue", "Rhône", "pompiers", "évacuation"],
    sentences: [
      "La crue du Rhône a contraint les pompiers à évacuer trois quartiers de Lyon dans la nuit de lundi à mardi.",
      "Environ 1 200 habitants ont été relogés dans des gymnases, selon la préfecture du Rhône.",
      "Le niveau du fleuve a atteint 6,3 mètres à Lyon, un record depuis 1957, d'après les services de l'État.",
      "Les pompiers ont mené plus de 300 interventions, surtout pour des caves inondées.",
      "La circulation sur les quais du Rhône reste interdite jusqu'à nouvel ordre.",
      "Le maire de Lyon a demandé la reconnaissance de l'état de catastrophe naturelle.",
    ],
    titles: ["Crue du Rhône : évacuations à Lyon", "Lyon face à la crue du Rhône", "Le Rhône déborde à Lyon"],
  },
  {
    language: "de",
    date: "2023-07-19",
    core: ["Hamburg", "Brücke", "Sperrung", "Köhlbrand", "Verkehr"],
    sentences: [
      "Die Köhlbrandbrücke in Hamburg ist seit Mittwoch wegen Rissen im Beton für den Lastverkehr gesperrt.",
      "Nach Angaben der Hafenbehörde nutzen täglich rund 35.000 Fahrzeuge die Brücke über den Köhlbrand.",
      "Die Sperrung soll mindestens drei Wochen dauern, teilte die Verkehrsbehörde in Hamburg mit.",
      "Speditionen rechnen mit langen Umwegen durch den Elbtunnel und mit Staus im Hafengebiet.",
      "Ein Gutachten hatte bereits im Frühjahr Schäden an mehreren Pfeilern der Brücke festgestellt.",
      "Der Senat will bis zum Herbst über einen Neubau der Brücke entscheiden.",
    ],
    titles: ["Köhlbrandbrücke gesperrt", "Hamburg sperrt Brücke für Lastwagen", "Risse: Sperrung in Hamburg"],
  },
  {
    language: "es",
    date: "2023-08-09",
    core: ["Valencia", "incendio", "bomberos", "hectáreas", "desalojo"],
    sentences: [
      "Un incendio forestal obligó a desalojar a unos 800 vecinos de dos pueblos de la provincia de Valencia.",
      "Los bomberos trabajaron toda la noche con el apoyo de seis hidroaviones, según la Generalitat.",
      "El fuego ha quemado ya más de 2.500 hectáreas de pinar, informaron los servicios de emergencia.",
      "Las altas temperaturas y el viento de poniente complicaron las tareas de extinción.",
      "La carretera entre los dos pueblos permanece cortada por precaución.",
      "Los vecinos desalojados pasaron la noche en un polideportivo municipal.",
    ],
    titles: ["Incendio en Valencia", "Desalojo por un incendio forestal en Valencia", "El fuego avanza en Valencia"],
  },
  {
    language: "en",
    date: "2023-10-04",
    core: ["Nairobi", "marathon", "record", "Kiprono", "runners"],
    sentences: [
      "Kenyan runner Daniel Kiprono won the Nairobi marathon on Sunday in a course record of 2 hours 6 minutes.",
      "More than 12,000 runners took part in the race, the organisers said.",
      "Kiprono broke away from the leading group after 30 kilometres and finished 40 seconds ahead.",
      "The women's race was won by Grace Wanjiru, who also set a course record.",
      "Organisers said the marathon raised money for schools in the city's poorer districts.",
      "Kiprono said after the race that he hoped to run in Berlin next year.",
    ],
    titles: ["Kiprono wins Nairobi marathon", "Course record in Nairobi", "Nairobi marathon: Kiprono first"],
  },
  {
    language: "fr",
    date: "2023-11-21",
    core: ["Marseille", "musée", "tableau", "vol", "enquête"],
    sentences: [
      "Un tableau de Cézanne a été volé dans la nuit de dimanche à lundi au musée des Beaux-Arts de Marseille.",
      "Les voleurs sont entrés par une fenêtre du premier étage, selon les premiers éléments de l'enquête.",
      "Le tableau, un paysage de la montagne Sainte-Victoire, est estimé à 12 millions d'euros.",
      "Le système d'alarme du musée était en panne depuis une semaine, a reconnu la mairie de Marseille.",
      "Une enquête a été ouverte pour vol en bande organisée et confiée à la police judiciaire.",
      "Le musée restera fermé au public jusqu'à la fin de la semaine.",
    ],
    titles: ["Vol d'un Cézanne à Marseille", "Un tableau volé au musée de Marseille", "Marseille : le Cézanne dérobé"],
  },
  {
    language: "it",
    date: "2024-01-16",
    core: ["Venezia", "acqua alta", "Mose", "paratoie", "laguna"],
    sentences: [
      "Le paratoie del Mose sono state alzate martedì per proteggere Venezia da una marea di 140 centimetri.",
      "Secondo il Comune, piazza San Marco è rimasta all'asciutto per tutta la giornata.",
      "È la ventesima volta che il sistema Mose viene attivato da ottobre, ha detto il commissario.",
      "I pescatori della laguna lamentano i danni causati dalle chiusure frequenti.",
      "Il costo di ogni sollevamento delle paratoie è stimato in circa 200.000 euro.",
      "Le previsioni indicano un'altra marea alta per giovedì mattina.",
    ],
    titles: ["Venezia, alzato il Mose", "Acqua alta a Venezia: il Mose regge", "Il Mose salva Venezia"],
  },
  {
    language: "de",
    date: "2024-02-27",
    core: ["Zürich", "Lawine", "Skigebiet", "Bergung", "Davos"],
    sentences: [
      "Bei einem Lawinenabgang im Skigebiet von Davos sind am Montag zwei Skifahrer verschüttet worden.",
      "Die Rettungskräfte konnten beide nach rund 40 Minuten lebend bergen, teilte die Polizei mit.",
      "Die Lawinengefahr war für den Tag auf Stufe vier von fünf eingeschätzt worden.",
      "Ein Helikopter flog die Verletzten in ein Spital nach Zürich.",
      "Das Skigebiet sperrte nach dem Unglück mehrere Pisten für den Rest des Tages.",
      "Die Polizei ermittelt, ob die beiden abseits der markierten Pisten unterwegs waren.",
    ],
    titles: ["Lawine in Davos", "Zwei Skifahrer in Davos verschüttet", "Davos: Lawinenopfer geborgen"],
  },
];

const OUTLETS = ["daily-post", "le-matin", "rundschau", "el-diario", "gazzetta"];

/** One report of an event: a rotation of its sentences, with the outlet's own opening words. */
function report(event: Event, variant: number): string {
  const count = event.sentences.length;
  const picked = Array.from({ length: 4 }, (_, index) => event.sentences[(variant + index * (variant + 1)) % count]!);
  const unique = [...new Set(picked)];
  const title = event.titles[variant % event.titles.length]!;
  return ` date ${event.date}\n${title} (${OUTLETS[variant]})\n\n${unique.join("\n\n")}\n`;
}

/**
 * Writes the corpus the reliability tests ingest into `folder`: the five Geneva fixtures and five
 * reports of each of eight events (40 articles, five languages, one story each expected), one
 * text file per article. Returns the file paths, sorted.
 */
export function writeCorpus(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const name of readdirSync(fixtures).sort()) {
    const target = join(folder, `geneva-${name}`);
    copyFileSync(join(fixtures, name), target);
    files.push(target);
  }
  EVENTS.forEach((event, eventIndex) => {
    for (let variant = 0; variant < 5; variant += 1) {
      const target = join(folder, `event-${eventIndex}-${event.language}-${variant}.txt`);
      writeFileSync(target, report(event, variant));
      files.push(target);
    }
  });
  return files.sort();
}
