import type { SupportedLanguage } from "./languages.js";

/**
 * Phrases that mark a line of page furniture rather than article text, per language.
 * Written as a reader sees them (accents and case as usual); the clean stage folds accents and case
 * before comparing. The cleaner runs before language detection, so every language's cues are tried.
 */
export interface BoilerplateCues {
  /** Teasers for another article: the line starts with one of these ("Lire aussi : …"). */
  readAlso: readonly string[];
  /** Previous / next article links: the line starts with one of these, often glued to the linked title. */
  navigation: readonly string[];
  /** First word of a breadcrumb trail ("Accueil › Monde › …"). */
  home: readonly string[];
  /** Words that open a photo credit or caption credit line ("Photo : …", "Crédit : …"). */
  photo: readonly string[];
  /** "<Name> is a reporter …": what follows an author's name at the start of a bio line. */
  authorRole: readonly string[];
  /** Phrases of a site's or author's blurb, often in the first person plural ("nous sélectionnons pour vous"). */
  siteBlurb: readonly string[];
  /** Newsletter and subscription calls. */
  newsletter: readonly string[];
  /** Cookie and consent banners (the line must also mention cookies). */
  cookie: readonly string[];
  /** Advertisement labels: the whole line is one of these. */
  advertisement: readonly string[];
  /** Comment-section furniture: the line starts with one of these, or is a count followed by one. */
  comments: readonly string[];
  /** Share-button labels: a short line made of these and numbers. */
  share: readonly string[];
  /** Copyright and reproduction notices: a short line holding one of these. */
  legal: readonly string[];
}

// biome-ignore format: a data table reads best one language (or one list) per line
export const BOILERPLATE_CUES: Record<Exclude<SupportedLanguage, "nl">, BoilerplateCues> = {
  fr: {
    readAlso: ["Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "À lire également", "Voir aussi", "À voir aussi", "Sur le même sujet", "Lire la suite", "En savoir plus", "Découvrir aussi"],
    navigation: ["Article précédent", "Article suivant", "Articles similaires", "Retour en haut", "Retour à l'accueil", "Page précédente", "Page suivante"],
    home: ["Accueil", "Actualités"],
    photo: ["Photo", "Photos", "Crédit photo", "Crédits photo", "Crédit", "Crédits", "Illustration", "Image", "Légende"],
    authorRole: ["est journaliste", "est rédacteur", "est rédactrice", "est correspondant", "est correspondante", "est chroniqueur", "est chroniqueuse", "est reporter", "est grand reporter", "est envoyé spécial", "est envoyée spéciale"],
    siteBlurb: ["en charge de la rédaction", "nous sélectionnons pour vous", "nous vous proposons chaque jour", "notre rédaction sélectionne", "retrouvez tous les articles de"],
    newsletter: ["Inscrivez-vous à notre newsletter", "Abonnez-vous à notre newsletter", "Recevez notre newsletter", "Abonnez-vous", "S'abonner à la newsletter", "Inscrivez-vous gratuitement"],
    cookie: ["nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies", "gérer les cookies", "politique de cookies"],
    advertisement: ["Publicité", "Contenu sponsorisé", "Contenu partenaire", "Annonce"],
    comments: ["commentaires", "commentaire", "Laisser un commentaire", "Réagir", "Ajouter un commentaire"],
    share: ["Partager", "Partages", "Partage", "Tweeter", "Imprimer", "Envoyer"],
    legal: ["tous droits réservés", "reproduction interdite", "droits de reproduction réservés"],
  },
  en: {
    readAlso: ["Read also", "Also read", "Read more", "READ MORE", "See also", "Related", "Related coverage", "Related articles", "More on this story", "Recommended", "You may also like"],
    navigation: ["Previous article", "Next article", "Previous post", "Next post", "Previous story", "Next story", "Back to top"],
    home: ["Home", "News", "Homepage"],
    photo: ["Photo", "Photos", "Photo credit", "Credit", "Image", "Image credit", "Picture", "Caption", "Illustration"],
    authorRole: ["is a reporter", "is a journalist", "is a correspondent", "is a senior", "is a staff writer", "is a freelance", "is an editor", "is a contributing", "is the author of", "is a columnist", "is an associate editor", "is a writer"],
    siteBlurb: ["we bring you", "our newsroom brings", "we select for you", "we cover the latest", "see all articles by", "more articles by"],
    newsletter: ["Sign up for our newsletter", "Subscribe to our newsletter", "Sign up for", "Subscribe now", "Get our newsletter", "Subscribe to"],
    cookie: ["we use cookies", "this site uses cookies", "accept cookies", "cookie policy", "cookie settings"],
    advertisement: ["Advertisement", "Advertising", "Sponsored", "Sponsored content", "Ad", "Promoted"],
    comments: ["comments", "comment", "Leave a comment", "Leave a reply", "Join the conversation", "Add a comment"],
    share: ["Share", "Shares", "Tweet", "Pin", "Email", "Print", "Share this article"],
    legal: ["all rights reserved", "may not be published, broadcast, rewritten or redistributed", "may not be reproduced"],
  },
  es: {
    readAlso: ["Leer también", "Lea también", "Lee también", "Te puede interesar", "Le puede interesar", "Más información", "Noticia relacionada", "Noticias relacionadas", "Relacionado", "Ver también", "Lea además"],
    navigation: ["Artículo anterior", "Artículo siguiente", "Noticia anterior", "Noticia siguiente", "Volver arriba"],
    home: ["Inicio", "Portada", "Noticias"],
    photo: ["Foto", "Fotos", "Fotografía", "Imagen", "Crédito", "Créditos"],
    authorRole: ["es periodista", "es redactor", "es redactora", "es corresponsal", "es reportero", "es reportera", "es columnista"],
    siteBlurb: ["te traemos", "seleccionamos para ti", "nuestra redacción selecciona", "ver todos los artículos de"],
    newsletter: ["Suscríbete a nuestro boletín", "Suscríbete", "Recibe nuestro boletín", "Apúntate a nuestra newsletter"],
    cookie: ["utilizamos cookies", "usamos cookies", "este sitio utiliza cookies", "aceptar cookies", "política de cookies"],
    advertisement: ["Publicidad", "Anuncio", "Contenido patrocinado"],
    comments: ["comentarios", "comentario", "Deja un comentario", "Deja tu comentario", "Añadir comentario"],
    share: ["Compartir", "Compartido", "Tuitear", "Imprimir"],
    legal: ["todos los derechos reservados", "queda prohibida la reproducción", "queda prohibida toda reproducción", "prohibida su reproducción"],
  },
  de: {
    readAlso: ["Lesen Sie auch", "Lesen Sie mehr", "Auch interessant", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Weiterlesen", "Siehe auch", "Zum Thema"],
    navigation: ["Vorheriger Artikel", "Nächster Artikel", "Voriger Artikel", "Zurück nach oben", "Nach oben"],
    home: ["Startseite", "Home", "Nachrichten"],
    photo: ["Foto", "Fotos", "Bild", "Bildquelle", "Bildnachweis", "Quelle"],
    authorRole: ["ist Redakteur", "ist Redakteurin", "ist Korrespondent", "ist Korrespondentin", "ist Journalist", "ist Journalistin", "ist Reporter", "ist Reporterin", "schreibt für"],
    siteBlurb: ["wir berichten für Sie", "wir wählen für Sie", "alle Artikel von"],
    newsletter: ["Newsletter abonnieren", "Jetzt abonnieren", "Melden Sie sich für unseren Newsletter an", "Abonnieren Sie"],
    cookie: ["wir verwenden cookies", "diese website verwendet cookies", "cookies akzeptieren", "cookie-einstellungen"],
    advertisement: ["Anzeige", "Werbung", "Gesponsert"],
    comments: ["Kommentare", "Kommentar", "Kommentar schreiben", "Jetzt kommentieren"],
    share: ["Teilen", "Twittern", "Drucken", "Versenden"],
    legal: ["alle rechte vorbehalten", "nachdruck verboten", "vervielfältigung nur mit genehmigung"],
  },
  it: {
    readAlso: ["Leggi anche", "Leggi pure", "Potrebbe interessarti", "Vedi anche", "Approfondisci", "Articoli correlati", "Per approfondire"],
    navigation: ["Articolo precedente", "Articolo successivo", "Torna su"],
    home: ["Home", "Homepage", "Notizie"],
    photo: ["Foto", "Fotografia", "Immagine", "Credito", "Crediti"],
    authorRole: ["è giornalista", "è un giornalista", "è una giornalista", "è corrispondente", "è redattore", "è redattrice", "è inviato", "è inviata"],
    siteBlurb: ["selezioniamo per voi", "la nostra redazione seleziona", "tutti gli articoli di"],
    newsletter: ["Iscriviti alla newsletter", "Iscriviti alla nostra newsletter", "Abbonati", "Ricevi la newsletter"],
    cookie: ["utilizziamo i cookie", "questo sito utilizza cookie", "accetta i cookie", "informativa sui cookie"],
    advertisement: ["Pubblicità", "Contenuto sponsorizzato", "Annuncio"],
    comments: ["commenti", "commento", "Lascia un commento", "Commenta"],
    share: ["Condividi", "Condivisioni", "Stampa"],
    legal: ["tutti i diritti riservati", "riproduzione riservata", "è vietata la riproduzione", "vietata la riproduzione"],
  },
  pt: {
    readAlso: ["Leia também", "Leia mais", "Veja também", "Saiba mais", "Leia ainda", "Relacionadas", "Notícias relacionadas"],
    navigation: ["Artigo anterior", "Próximo artigo", "Artigo seguinte", "Notícia anterior", "Próxima notícia", "Voltar ao topo"],
    home: ["Início", "Página inicial", "Home", "Notícias"],
    photo: ["Foto", "Fotos", "Fotografia", "Imagem", "Crédito", "Créditos"],
    authorRole: ["é jornalista", "é repórter", "é correspondente", "é redator", "é redatora", "é colunista"],
    siteBlurb: ["selecionamos para você", "trazemos para você", "todos os artigos de"],
    newsletter: ["Assine a nossa newsletter", "Assine a newsletter", "Inscreva-se", "Subscreva a newsletter", "Receba a nossa newsletter"],
    cookie: ["utilizamos cookies", "usamos cookies", "este site utiliza cookies", "aceitar cookies", "política de cookies"],
    advertisement: ["Publicidade", "Anúncio", "Conteúdo patrocinado"],
    comments: ["comentários", "comentário", "Deixe um comentário", "Deixe o seu comentário", "Comente"],
    share: ["Partilhar", "Compartilhar", "Compartilhe", "Imprimir"],
    legal: ["todos os direitos reservados", "proibida a reprodução", "é proibida a reprodução"],
  },
  ro: {
    readAlso: ["Citește și", "Citeşte şi", "Citeste si", "Vezi și", "Vezi şi", "Vezi si", "Citește mai mult", "Articole similare", "Recomandări"],
    navigation: ["Articolul anterior", "Articolul următor", "Articol anterior", "Articol următor", "Înapoi sus"],
    home: ["Acasă", "Acasa", "Prima pagină", "Știri", "Stiri"],
    photo: ["Foto", "Fotografie", "Imagine", "Sursa foto", "Sursă foto", "Credit foto"],
    authorRole: ["este jurnalist", "este jurnalistă", "este redactor", "este reporter", "este corespondent"],
    siteBlurb: ["selectăm pentru tine", "vă aducem", "toate articolele de"],
    newsletter: ["Abonează-te la newsletter", "Abonează-te", "Aboneaza-te", "Înscrie-te la newsletter"],
    cookie: ["folosim cookie", "acest site folosește cookie", "acceptă cookie", "politica de cookie"],
    advertisement: ["Publicitate", "Reclamă", "Advertorial", "Conținut sponsorizat"],
    comments: ["comentarii", "comentariu", "Lasă un comentariu", "Adaugă un comentariu"],
    share: ["Distribuie", "Partajează", "Trimite", "Printează"],
    legal: ["toate drepturile rezervate", "reproducerea este interzisă", "este interzisă reproducerea"],
  },
};
