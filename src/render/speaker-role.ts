import type { Story } from "../domain/story.js";

/** The function most articles give a quoted speaker (their entity's first role), if the story names them as a person. */
export function speakerRole(story: Story, speaker: string | null): string | null {
  if (speaker === null) return null;
  const person = story.entities.find((entity) => entity.type === "person" && entity.name === speaker);
  return person?.roles[0]?.text ?? null;
}
