import type { ComponentChildren } from 'preact';

export interface StatusPanelProps {
  tone: 'info' | 'warning' | 'error';
  title: string;
  body: string;
  action?: { label: string; onClick: () => void };
  icon?: ComponentChildren;
}

/** A whole-popup message: what happened, why, and the one thing to do about it. */
export function StatusPanel({ tone, title, body, action, icon }: StatusPanelProps) {
  return (
    <section
      class={`status status--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-labelledby="status-title"
    >
      {icon && (
        <div class="status__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h1 id="status-title" class="status__title">
        {title}
      </h1>
      <p class="status__body">{body}</p>
      {action && (
        <button type="button" class="button button--primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
