export interface ConsentPanelAction {
  id: string;
  label: string;
  pressed?: boolean;
  onClick: () => void;
}

export interface ConsentPanelProps {
  heading: string;
  status: string;
  note: string | null;
  /** Said when the choice was learned from the reader's click on the banner (an Undo action goes with it). */
  learned?: string | null;
  actions: ConsentPanelAction[];
  manageLabel: string;
  onManage: () => void;
}

/** The popup's cookie-choice section for the current site: what is remembered, and the buttons to change it. */
export function ConsentPanel(props: ConsentPanelProps) {
  return (
    <section class="consent" aria-labelledby="consent-heading">
      <h2 id="consent-heading" class="section-heading">
        {props.heading}
      </h2>
      <p class="consent__status" role="status">
        {props.status}
      </p>
      {props.learned && <p class="consent__learned">{props.learned}</p>}
      {props.note && <p class="consent__note">{props.note}</p>}
      <div class="consent__actions">
        {props.actions.map((action) => (
          <button
            key={action.id}
            type="button"
            class="button consent__button"
            data-action={action.id}
            aria-pressed={action.pressed === undefined ? undefined : action.pressed}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ))}
        <button type="button" class="link-button consent__manage" onClick={props.onManage}>
          {props.manageLabel}
        </button>
      </div>
    </section>
  );
}
