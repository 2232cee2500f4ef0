import type { z } from "zod";
import { ApiError } from "./api-error.js";

/** Validates a request's query parameters with `schema`; a 400 names each bad parameter. */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: Record<string, string>): z.infer<Schema> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const field = `query.${issue.path.join(".")}`;
    return { field, message: `${field}: ${issue.message.replace(/^Invalid input: /, "")}` };
  });
  throw new ApiError(400, `bad query parameters: ${details.map((detail) => detail.message).join("; ")}`, { details });
}
