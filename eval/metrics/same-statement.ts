// Whether two sentences of different articles make the same statement, judged on ECB+'s cross-document
// coreference: each sentence is read as the set of corpus-wide instances its annotated mentions refer to,
// events ("ACT…", "NEG…") apart from their participants, places and times ("HUM…", "NON…", "LOC…", "TIM…").

/** What a sentence's annotated mentions refer to. */
export interface AnnotatedInstances {
  events: ReadonlySet<string>;
  arguments: ReadonlySet<string>;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Share of the smaller set that the larger holds (1 when either is empty: nothing to contradict). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 1;
  let shared = 0;
  for (const instance of small) if (large.has(instance)) shared++;
  return shared / small.size;
}

/** The two sentences tell one event instance: the lenient judgement. */
export function sameEvent(a: AnnotatedInstances, b: AnnotatedInstances): boolean {
  return intersects(a.events, b.events);
}

/**
 * One supports the other: they share an event, and at least half of the events, and of the participants,
 * places and times, of the sentence that mentions fewer are the other's ("The Indian navy has captured 23
 * Somalian pirates" / "The Indian navy said it arrested 23 pirates who threatened a merchant vessel in the Gulf
 * of Aden on Saturday"). Sharing an event alone is too weak a gold: ECB+ annotates the sentences about each
 * article's seminal event, so 75 % of the annotated pairs of one gold event share one ("checks into rehab" /
 * "checks out of rehab" share the rehab stay).
 */
export function sameStatement(a: AnnotatedInstances, b: AnnotatedInstances): boolean {
  return sameEvent(a, b) && containment(a.events, b.events) >= 0.5 && containment(a.arguments, b.arguments) >= 0.5;
}
