/** The reader's own selection, shown first: it is what they came to share. */
export function SelectionQuote({
  heading,
  text,
  lang,
}: {
  heading: string;
  text: string;
  lang: string | null;
}) {
  return (
    <section class="selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading" class="selection__heading">
        {heading}
      </h2>
      <blockquote class="selection__quote" lang={lang ?? undefined} dir="auto">
        {text}
      </blockquote>
    </section>
  );
}
