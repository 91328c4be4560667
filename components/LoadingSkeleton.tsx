/** Placeholder lines in the article's shape while it is read; the label is announced to screen readers. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <section class="skeleton" aria-busy="true" aria-live="polite">
      <span class="visually-hidden">{label}</span>
      <div class="skeleton__line skeleton__line--short" />
      <div class="skeleton__line skeleton__line--title" />
      <div class="skeleton__line skeleton__line--title skeleton__line--two-thirds" />
      <div class="skeleton__line skeleton__line--meta" />
      <div class="skeleton__line" />
      <div class="skeleton__line" />
      <div class="skeleton__line skeleton__line--two-thirds" />
    </section>
  );
}
