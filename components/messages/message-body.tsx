/** A message as its author typed it: plain text, line breaks kept; never rendered as HTML. */
export function MessageBody({ body }: { body: string }) {
  if (body === "") return null; // a message of only a subject (and attachments)
  return <p className="whitespace-pre-wrap break-words leading-relaxed">{body}</p>;
}
